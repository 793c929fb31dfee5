package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Ready-made request log entries for the contract suite and the use-case tests. */
public final class RequestLogFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private RequestLogFixtures() {
    }

    /** A POST of {@code body} to {@code workflow}, answered with {@code status}. */
    public static RequestLogEntry anEntry(WorkflowId workflow, Instant receivedAt, int status, String body) {
        return new RequestLogEntry(RequestId.generate(receivedAt, RANDOM), receivedAt, workflow, "POST",
                "/listener/0123456789abcdef0123456789abcdef/fedcba9876543210fedcba9876543210",
                Map.of("source", List.of("web")),
                Map.of("content-type", "application/json", "authorization", RequestLogEntry.MASK),
                new RecordedBody(body, body.length(), false),
                Optional.empty(),
                AuthOutcome.NONE, status, Map.of("Content-Type", "application/json"),
                new RecordedBody("{\"status\":\"received\"}", 21, false), 3, Optional.empty(), List.of(),
                Optional.empty());
    }

    public static RequestLogEntry anEntry(WorkflowId workflow, Instant receivedAt) {
        return anEntry(workflow, receivedAt, 200, "{\"note\":\"hello\"}");
    }
}
