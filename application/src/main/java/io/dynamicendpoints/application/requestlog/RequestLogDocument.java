package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Log entries as the admin API shows them (api.md §4), as plain maps with snake_case keys: a summary
 * for listings and the whole entry for a single one. The one mapping from entry to outside shape, so
 * the API and the console cannot disagree.
 */
public final class RequestLogDocument {

    private RequestLogDocument() {
    }

    /** What a listing shows of an entry. */
    public static Map<String, Object> summary(RequestLogEntry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", entry.id().toString());
        doc.put("received_at", entry.receivedAt().toString());
        doc.put("method", entry.method());
        doc.put("status", entry.status());
        doc.put("duration_ms", entry.durationMs());
        doc.put("auth_outcome", entry.authOutcome().value());
        doc.put("body_length", entry.body().length());
        doc.put("replay_of", entry.replayOf().map(Object::toString).orElse(null));
        return doc;
    }

    /** The whole entry, with its {@code __data} snapshot as {@code data}. */
    public static Map<String, Object> write(LoggedRequest logged) {
        RequestLogEntry entry = logged.entry();
        Map<String, Object> doc = summary(entry);
        doc.put("workflow_id", entry.workflowId().value());
        doc.put("path", entry.path());
        doc.put("query", entry.query());
        doc.put("headers", entry.headers());
        putBody(doc, "body", entry.body());
        doc.put("data", logged.data().orElse(null));
        Map<String, Object> response = new LinkedHashMap<>();
        response.put("status", entry.status());
        response.put("headers", entry.responseHeaders());
        putBody(response, "body", entry.responseBody());
        doc.put("response", response);
        doc.put("run_id", entry.runId().orElse(null));
        doc.put("trace", entry.trace());
        return doc;
    }

    private static void putBody(Map<String, Object> doc, String key, RecordedBody body) {
        doc.put(key, body.text());
        doc.put(key + "_length", body.length());
        doc.put(key + "_truncated", body.truncated());
    }
}
