package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.domain.requestlog.RecordedHeaders;

import java.util.Map;

/**
 * The JSON texts of the last few distinct header sets a batch met, each handed out as one string
 * instance for as long as it stays among them. A chunk then finds the very same string as an earlier
 * entry's and writes a reference to that copy without reading a byte of either (see {@link ChunkWriter}).
 *
 * <p>Why several and not only the previous entry's: requests from a few clients interleave. Under the
 * bench's (g), wrk's two threads sent their headers in two orders; with only the previous entry to
 * lend from, every switch made a new string, and the chunks compared it, character by character,
 * against a copy long out of the processor's cache (11 % of the writer's samples), then wrote it out
 * again. The comparisons are gone, but the writer's CPU did not measurably fall: its stall moved to the
 * next touch of the cold chunk. What this saves is bytes, each header set once per chunk.
 * Used by one thread (the batch's).
 */
final class HeaderTexts {

    /** Header sets remembered: a few clients' worth, few enough to check them all for every entry. */
    static final int SIZE = 4;

    private final RecordedHeaders[] headers = new RecordedHeaders[SIZE];
    private final String[] texts = new String[SIZE];
    private int next;

    /** The JSON text of {@code map}, the same instance as last time when its set is still remembered. */
    String text(Map<String, String> map) {
        if (!(map instanceof RecordedHeaders recorded)) {
            return FlatJson.strings(map);
        }
        for (int i = 0; i < SIZE; i++) {
            if (headers[i] != null && recorded.sameInOrder(headers[i])) {
                return texts[i];
            }
        }
        String text = FlatJson.strings(map);
        headers[next] = recorded;
        texts[next] = text;
        next = (next + 1) % SIZE;
        return text;
    }
}
