package io.dynamicendpoints.adapters.persistence.requestlog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Reads a chunk written by {@link ChunkWriter}, one entry at a time. {@link #next()} reads only what a
 * listing filters on (id, arrival, status); {@link #body()} and {@link #entry()} decode more of the
 * current entry when it is still wanted, so that paging through a busy chunk decodes one page of
 * entries, not the chunk.
 */
public final class ChunkReader {

    private final byte[] bytes;
    /** Where the next entry starts. */
    private int next;
    /** Where the current entry's fields start (after its length), and the read position within them. */
    private int start;
    private int position;
    private UUID id;
    private long receivedAtMicros;
    private int status;

    public ChunkReader(byte[] bytes) {
        if (bytes.length == 0 || bytes[0] < 1 || bytes[0] > ChunkWriter.VERSION) {
            throw new IllegalArgumentException("Not a request log chunk of version 1 to " + ChunkWriter.VERSION);
        }
        this.bytes = bytes;
        this.next = 1;
    }

    /** Every entry of {@code bytes}, in the order they were added. */
    public static List<StoredEntry> entries(byte[] bytes) {
        ChunkReader reader = new ChunkReader(bytes);
        List<StoredEntry> entries = new ArrayList<>();
        while (reader.next()) {
            entries.add(reader.entry());
        }
        return entries;
    }

    /** Moves to the next entry; false after the last. */
    public boolean next() {
        if (next >= bytes.length) {
            return false;
        }
        position = next;
        int length = readInt();
        start = position;
        next = start + length;
        id = new UUID(readLong(), readLong());
        receivedAtMicros = readLong();
        status = readShort();
        return true;
    }

    public UUID id() {
        return id;
    }

    public long receivedAtMicros() {
        return receivedAtMicros;
    }

    public int status() {
        return status;
    }

    /** The current entry's (kept) request body. */
    public String body() {
        position = start + 2 * Long.BYTES + Long.BYTES + Short.BYTES;
        return readString();
    }

    /** The whole current entry. */
    public StoredEntry entry() {
        String body = body();
        long workflowId = readLong();
        String method = readString();
        String path = readString();
        String query = readString();
        String headers = readString();
        long bodyLength = readLong();
        boolean bodyTruncated = readBoolean();
        String tokenData = readString();
        String authOutcome = readString();
        String responseHeaders = readString();
        String responseBody = readString();
        long responseBodyLength = readLong();
        boolean responseBodyTruncated = readBoolean();
        long durationMs = readLong();
        String runId = readString();
        String trace = readString();
        UUID replayOf = readBoolean() ? new UUID(readLong(), readLong()) : null;
        return new StoredEntry(id, workflowId, receivedAtMicros, method, path, query, headers, body, bodyLength,
                bodyTruncated, tokenData, authOutcome, status, responseHeaders, responseBody, responseBodyLength,
                responseBodyTruncated, durationMs, runId, trace, replayOf);
    }

    private String readString() {
        int length = readInt();
        if (length == ChunkWriter.SAME_AS) {
            int offset = readInt();
            return new String(bytes, offset + Integer.BYTES, intAt(offset), StandardCharsets.UTF_8);
        }
        if (length < 0) {
            return null;
        }
        String value = new String(bytes, position, length, StandardCharsets.UTF_8);
        position += length;
        return value;
    }

    private int intAt(int at) {
        return ((bytes[at] & 0xFF) << 24) | ((bytes[at + 1] & 0xFF) << 16) | ((bytes[at + 2] & 0xFF) << 8)
                | (bytes[at + 3] & 0xFF);
    }

    private boolean readBoolean() {
        return bytes[position++] != 0;
    }

    private int readShort() {
        int value = ((bytes[position] & 0xFF) << 8) | (bytes[position + 1] & 0xFF);
        position += Short.BYTES;
        return value;
    }

    private int readInt() {
        int value = intAt(position);
        position += Integer.BYTES;
        return value;
    }

    private long readLong() {
        long value = 0;
        for (int i = 0; i < Long.BYTES; i++) {
            value = (value << 8) | (bytes[position++] & 0xFF);
        }
        return value;
    }
}
