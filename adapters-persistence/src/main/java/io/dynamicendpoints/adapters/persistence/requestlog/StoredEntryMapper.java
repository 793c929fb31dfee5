package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts between the domain's log entries and {@link StoredEntry}: maps and lists become JSON text. */
@Singleton
final class StoredEntryMapper {

    private static final Argument<Map<String, Object>> OBJECT = Argument.mapOf(String.class, Object.class);
    private static final Argument<Map<String, String>> STRINGS = Argument.mapOf(String.class, String.class);
    private static final Argument<Map<String, List<String>>> QUERY =
            Argument.mapOf(Argument.STRING, Argument.listOf(String.class));
    private static final Argument<List<Map<String, Object>>> TRACE = Argument.listOf(OBJECT);

    private final JsonMapper json;

    StoredEntryMapper(JsonMapper json) {
        this.json = json;
    }

    static OffsetDateTime timestamp(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    static OffsetDateTime timestamp(long micros) {
        return timestamp(instant(micros));
    }

    static long micros(Instant instant) {
        // What ChronoUnit.MICROS.between(EPOCH, instant) gives, without its Duration arithmetic: this
        // runs for every logged request.
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static Instant instant(long micros) {
        return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
    }

    /**
     * {@code entry} as stored, reusing the text of {@code previous} (stored as {@code previousStored})
     * ({@code null}: none) for its method and path where they equal the previous entry's, and the
     * headers' JSON text of a recent entry with the same headers ({@code requestHeaders},
     * {@code responseHeaders}): comparing costs less than writing JSON, and a chunk writes a string it
     * holds already as a reference to that copy (see {@link ChunkWriter}).
     */
    StoredEntry stored(RequestLogEntry entry, RequestLogEntry previous, StoredEntry previousStored,
                       HeaderTexts requestHeaders, HeaderTexts responseHeaders) {
        boolean hasPrevious = previous != null;
        return new StoredEntry(
                entry.id().value(),
                entry.workflowId().value(),
                micros(entry.receivedAt()),
                hasPrevious && entry.method().equals(previous.method()) ? previousStored.method() : entry.method(),
                hasPrevious && entry.path().equals(previous.path()) ? previousStored.path() : entry.path(),
                FlatJson.stringLists(entry.query()),
                requestHeaders.text(entry.headers()),
                entry.body().text(),
                entry.body().length(),
                entry.body().truncated(),
                entry.tokenData().map(this::write).orElse(null),
                entry.authOutcome().value(),
                entry.status(),
                responseHeaders.text(entry.responseHeaders()),
                entry.responseBody().text(),
                entry.responseBody().length(),
                entry.responseBody().truncated(),
                entry.durationMs(),
                entry.runId().orElse(null),
                entry.trace().isEmpty() ? null : write(entry.trace()),
                entry.replayOf().map(RequestId::value).orElse(null));
    }

    RequestLogEntry entry(StoredEntry stored) {
        return new RequestLogEntry(
                new RequestId(stored.id()),
                instant(stored.receivedAtMicros()),
                new WorkflowId(stored.workflowId()),
                stored.method(),
                stored.path(),
                read(stored.query(), QUERY),
                read(stored.headers(), STRINGS),
                new RecordedBody(stored.body(), stored.bodyLength(), stored.bodyTruncated()),
                stored.tokenData() == null ? Optional.empty() : Optional.of(read(stored.tokenData(), Argument.OBJECT_ARGUMENT)),
                new AuthOutcome(stored.authOutcome()),
                stored.status(),
                read(stored.responseHeaders(), STRINGS),
                new RecordedBody(stored.responseBody(), stored.responseBodyLength(), stored.responseBodyTruncated()),
                stored.durationMs(),
                Optional.ofNullable(stored.runId()),
                stored.trace() == null ? List.of() : read(stored.trace(), TRACE),
                stored.replayOf() == null ? Optional.empty() : Optional.of(new RequestId(stored.replayOf())));
    }

    String writeTrace(List<Map<String, Object>> trace) {
        return write(trace);
    }

    List<Map<String, Object>> readTrace(String text) {
        return read(text, TRACE);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("A request log entry could not be written as JSON", e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException("A stored request log entry holds no valid JSON", e);
        }
    }
}
