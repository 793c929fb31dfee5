package io.dynamicendpoints.adapters.persistence.requestlog;

import java.util.UUID;

/**
 * One request log entry as storage holds it: the columns the V7 {@code request_log} table had, with
 * maps and lists already written as JSON text and the arrival time in microseconds since the epoch.
 * What {@link ChunkWriter} encodes and {@link ChunkReader} decodes; converting to and from the domain's
 * entry is {@link StoredEntryMapper}'s job, so that a migration can move old rows without parsing
 * their JSON.
 *
 * @param tokenData JSON text, or {@code null} without a verified token
 * @param runId     {@code null} without a run
 * @param trace     JSON text, or {@code null} without steps
 * @param replayOf  {@code null} unless an admin replayed another entry
 */
public record StoredEntry(
        UUID id,
        long workflowId,
        long receivedAtMicros,
        String method,
        String path,
        String query,
        String headers,
        String body,
        long bodyLength,
        boolean bodyTruncated,
        String tokenData,
        String authOutcome,
        int status,
        String responseHeaders,
        String responseBody,
        long responseBodyLength,
        boolean responseBodyTruncated,
        long durationMs,
        String runId,
        String trace,
        UUID replayOf) {

    /** The first microsecond of the UTC minute this entry arrived in, also in microseconds. */
    public long minuteMicros() {
        return minuteMicros(receivedAtMicros);
    }

    /** The first microsecond of the UTC minute holding {@code micros}. */
    static long minuteMicros(long micros) {
        return Math.floorDiv(micros, ChunkWriter.MICROS_PER_MINUTE) * ChunkWriter.MICROS_PER_MINUTE;
    }
}
