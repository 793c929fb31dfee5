package io.dynamicendpoints.adapters.persistence.requestlog;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;

/**
 * Encodes the entries of one chunk of the request log into the bytes of its {@code entries} column
 * (V9), read back by {@link ChunkReader}.
 *
 * <p>Why chunks: the log is written for every request the listener answers, on the same cores. One
 * indexed row per request cost the listener a fifth to a third of its throughput (three B-tree
 * inserts, an undo record and a row image per request); one row per chunk of up to
 * {@link #MAX_ENTRIES} entries costs a few index inserts per chunk and a copy of bytes per entry.
 *
 * <p>The format, version {@value #VERSION}: a version byte, then per entry its length in bytes (an
 * {@code int}) and its fields. The fields a listing filters on come first (id, arrival, status,
 * request body), so that a reader can skip an entry that does not match without decoding the rest.
 * Strings are UTF-8 after an {@code int} length, {@code -1} for {@code null}; a length of
 * {@value #SAME_AS} is followed by the offset (in the chunk) of the length of an earlier copy.
 *
 * <p>Why references: the entries of a chunk come from one endpoint within one minute, and most of
 * what describes them besides the bodies repeats (path, method, the client's headers, the answer's
 * headers, the auth outcome). A field equal to the previous entry's, or the very same string as one of
 * its last few copies (clients whose requests interleave), is written as a reference to that copy:
 * about half of a typical webhook's entry, so half the bytes for the database to copy, write and read
 * back. Bodies are always written out: they are what differs between one webhook and the next.
 * Version 1 (no references) is still read.
 */
public final class ChunkWriter {

    static final byte VERSION = 2;
    /** The string length that announces a reference to an earlier copy. */
    static final int SAME_AS = -2;
    static final long MICROS_PER_MINUTE = 60_000_000L;
    /**
     * Entries one chunk holds at most: enough to make a row per chunk cheap, few enough to decode for
     * one page, and few enough that a chunk of typical webhooks stays below {@link #MAX_BYTES}.
     */
    public static final int MAX_ENTRIES = 128;
    /**
     * Once a chunk's bytes pass this, it takes no further entry (a single large entry still fits).
     * Below half a G1 region (1 MB at the heap sizes the platform runs with): a larger array is a
     * "humongous" object, allocated in the old generation, and a stream of them starts concurrent
     * collections that cost the listener more than the log's own work.
     */
    public static final int MAX_BYTES = 256 * 1024;

    /**
     * An entry's bytes besides its strings' characters: its length, the id and 5 other longs, the
     * status, 3 flags, the replayed entry's id and 11 string lengths.
     */
    private static final int FIXED_BYTES = Integer.BYTES + 7 * Long.BYTES + Short.BYTES + 3 + 2 * Long.BYTES
            + 11 * Integer.BYTES;

    /** The fields that are written as a reference when they repeat, each with its slot below. */
    private static final int METHOD = 0;
    private static final int PATH = 1;
    private static final int QUERY = 2;
    private static final int HEADERS = 3;
    private static final int TOKEN_DATA = 4;
    private static final int AUTH_OUTCOME = 5;
    private static final int RESPONSE_HEADERS = 6;
    private static final int REPEATING_FIELDS = 7;
    /**
     * Copies per field that a later value may refer to by identity: enough for a few clients whose
     * requests interleave (the batch hands each header set out as one string, see {@link HeaderTexts}).
     */
    private static final int RECENT_COPIES = HeaderTexts.SIZE;

    /** Where arrays come from and go back to; {@code null}: plain allocation. */
    private final ChunkBuffers buffers;
    private byte[] bytes;
    private int size;
    /**
     * Per field that may repeat ({@link #METHOD} ...), its last {@link #RECENT_COPIES} values written
     * out and where those copies are: field {@code f} uses slots {@code f * RECENT_COPIES} onwards.
     */
    private final String[] recentValues = new String[REPEATING_FIELDS * RECENT_COPIES];
    private final int[] recentOffsets = new int[REPEATING_FIELDS * RECENT_COPIES];
    /** Per field, which of its slots holds the copy written out last. */
    private final byte[] newest = new byte[REPEATING_FIELDS];


    /** @param capacity the bytes expected ({@link #estimate}): one array, no copies while writing */
    ChunkWriter(int capacity) {
        this(null, capacity);
    }

    /**
     * A writer whose array comes from {@code buffers}, and grows with arrays from there: give it back
     * with {@link #release()} once its bytes are copied out ({@link #toBytes()}).
     */
    ChunkWriter(ChunkBuffers buffers, int capacity) {
        this.buffers = buffers;
        int length = Math.max(capacity, 1) + 1;
        bytes = buffers == null ? new byte[length] : buffers.take(length);
        bytes[size++] = VERSION;
    }

    public ChunkWriter add(StoredEntry entry) {
        int start = size;
        writeInt(0); // the entry's length, filled in below
        writeLong(entry.id().getMostSignificantBits());
        writeLong(entry.id().getLeastSignificantBits());
        writeLong(entry.receivedAtMicros());
        writeShort(entry.status());
        writeString(entry.body());
        writeLong(entry.workflowId());
        writeString(entry.method(), METHOD);
        writeString(entry.path(), PATH);
        writeString(entry.query(), QUERY);
        writeString(entry.headers(), HEADERS);
        writeLong(entry.bodyLength());
        writeBoolean(entry.bodyTruncated());
        writeString(entry.tokenData(), TOKEN_DATA);
        writeString(entry.authOutcome(), AUTH_OUTCOME);
        writeString(entry.responseHeaders(), RESPONSE_HEADERS);
        writeString(entry.responseBody());
        writeLong(entry.responseBodyLength());
        writeBoolean(entry.responseBodyTruncated());
        writeLong(entry.durationMs());
        writeString(entry.runId());
        writeString(entry.trace());
        writeUuid(entry.replayOf());
        int length = size - start - Integer.BYTES;
        putInt(start, length);
        return this;
    }

    /** The bytes written so far. */
    int size() {
        return size;
    }

    /** The encoded chunk: an array of its own, never one of the pool's. */
    public byte[] toBytes() {
        return size == bytes.length && buffers == null ? bytes : Arrays.copyOf(bytes, size);
    }

    /** Gives the writer's array back to its pool (nothing without one); the writer is not used afterwards. */
    void release() {
        if (buffers != null && bytes != null) {
            buffers.give(bytes);
        }
        bytes = null;
    }

    /** The bytes {@code entry} takes when its text is ASCII, as most is (more otherwise). */
    static int estimate(StoredEntry entry) {
        return FIXED_BYTES + length(entry.method()) + length(entry.path()) + length(entry.query())
                + length(entry.headers()) + length(entry.body()) + length(entry.tokenData())
                + length(entry.authOutcome()) + length(entry.responseHeaders()) + length(entry.responseBody())
                + length(entry.runId()) + length(entry.trace());
    }

    private static int length(String value) {
        return value == null ? 0 : value.length();
    }

    private void writeUuid(UUID value) {
        writeBoolean(value != null);
        if (value != null) {
            writeLong(value.getMostSignificantBits());
            writeLong(value.getLeastSignificantBits());
        }
    }

    /**
     * Writes {@code value}, or a reference to an earlier copy: one that is the very same string, or the
     * last one written out when its text is equal. Only the last is compared by content, because the
     * others are rarely equal unless identical, and reading them costs cache misses.
     */
    private void writeString(String value, int field) {
        if (value == null || value.length() <= Integer.BYTES) {
            writeString(value); // a reference would take as many bytes
            return;
        }
        int first = field * RECENT_COPIES;
        int last = first + newest[field];
        for (int slot = first; slot < first + RECENT_COPIES; slot++) {
            if (recentValues[slot] == value) {
                writeReference(recentOffsets[slot]);
                return;
            }
        }
        if (value.equals(recentValues[last])) {
            writeReference(recentOffsets[last]);
            return;
        }
        int next = (newest[field] + 1) % RECENT_COPIES;
        newest[field] = (byte) next;
        recentValues[first + next] = value;
        recentOffsets[first + next] = size;
        writeString(value);
    }

    private void writeReference(int offset) {
        writeInt(SAME_AS);
        writeInt(offset);
    }

    private void writeString(String value) {
        if (value == null) {
            writeInt(-1);
            return;
        }
        // getBytes is an intrinsic: for the usual ASCII text, one vectorized check and one array copy,
        // several times faster than encoding char by char here (which profiled as the writer's top frame).
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        writeInt(utf8.length);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, size, utf8.length);
        size += utf8.length;
    }

    private void writeBoolean(boolean value) {
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
    }

    private void writeShort(int value) {
        ensure(Short.BYTES);
        bytes[size++] = (byte) (value >>> 8);
        bytes[size++] = (byte) value;
    }

    private void writeInt(int value) {
        ensure(Integer.BYTES);
        putInt(size, value);
        size += Integer.BYTES;
    }

    private void putInt(int at, int value) {
        bytes[at] = (byte) (value >>> 24);
        bytes[at + 1] = (byte) (value >>> 16);
        bytes[at + 2] = (byte) (value >>> 8);
        bytes[at + 3] = (byte) value;
    }

    private void writeLong(long value) {
        ensure(Long.BYTES);
        for (int shift = 56; shift >= 0; shift -= 8) {
            bytes[size++] = (byte) (value >>> shift);
        }
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            int length = Math.max(bytes.length * 2, size + more);
            if (buffers == null) {
                bytes = Arrays.copyOf(bytes, length);
            } else {
                byte[] bigger = buffers.take(length);
                System.arraycopy(bytes, 0, bigger, 0, size);
                buffers.give(bytes);
                bytes = bigger;
            }
        }
    }
}
