package io.dynamicendpoints.domain.requestlog;

import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One request to a known endpoint and the answer it got: the "Dynamic Endpoint Details" row an admin
 * reads to debug an integration. Built only from masked headers and bounded bodies (see
 * {@link RecordedBody}), so an entry is safe to show to anyone who may see the workflow.
 *
 * @param receivedAt      when the request arrived, to the microsecond (what both databases keep)
 * @param path            the listener path the request named, {@code /listener/<first>/<second>}
 * @param headers         lower-case names, in the order they came; credentials replaced by {@link #MASK}
 * @param tokenData       the {@code data} claim of the token the listener verified (what the
 *                        workflow saw as {@code __headers.__jwt_data[0]}); kept on its own because
 *                        the token is masked. The rest of the {@code __data} snapshot is not stored:
 *                        it follows from the stored request and is rebuilt when an entry is read
 * @param responseHeaders the headers the endpoint chose (content type, location, CORS, ...)
 * @param runId           the workflow run this request started, once the engine exists
 * @param trace           the steps that run took, in order; empty without a run
 * @param replayOf        the entry this one re-ran, when an admin replayed it
 */
public record RequestLogEntry(
        RequestId id,
        Instant receivedAt,
        WorkflowId workflowId,
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        RecordedBody body,
        Optional<Object> tokenData,
        AuthOutcome authOutcome,
        int status,
        Map<String, String> responseHeaders,
        RecordedBody responseBody,
        long durationMs,
        Optional<String> runId,
        List<Map<String, Object>> trace,
        Optional<RequestId> replayOf) {

    /** What a masked header or field shows instead of its value. */
    public static final String MASK = "****";

    public RequestLogEntry {
        Objects.requireNonNull(id, "id");
        receivedAt = Objects.requireNonNull(receivedAt, "receivedAt").truncatedTo(ChronoUnit.MICROS);
        Objects.requireNonNull(workflowId, "workflowId");
        if (method == null || method.isBlank()) {
            throw new IllegalArgumentException("An entry needs the request's method");
        }
        path = path == null ? "" : path;
        query = copyOfQuery(query);
        headers = RecordedHeaders.copyOf(headers);
        body = body == null ? RecordedBody.EMPTY : body;
        tokenData = tokenData == null ? Optional.empty() : tokenData;
        Objects.requireNonNull(authOutcome, "authOutcome");
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        responseHeaders = RecordedHeaders.copyOf(responseHeaders);
        responseBody = responseBody == null ? RecordedBody.EMPTY : responseBody;
        if (durationMs < 0) {
            throw new IllegalArgumentException("A duration is never negative");
        }
        runId = runId == null ? Optional.empty() : runId;
        trace = trace == null || trace.isEmpty() ? List.of() : Collections.unmodifiableList(List.copyOf(trace));
        replayOf = replayOf == null ? Optional.empty() : replayOf;
    }

    private static Map<String, List<String>> copyOfQuery(Map<String, List<String>> query) {
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, List<String>> copy = new LinkedHashMap<>();
        query.forEach((name, values) -> copy.put(name, values == null ? List.of() : List.copyOf(values)));
        return Collections.unmodifiableMap(copy);
    }
}
