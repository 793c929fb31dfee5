package io.dynamicendpoints.adminui.base;

import io.dynamicendpoints.application.port.RequestLog;
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

/**
 * Requests written straight into the request log, as the background writer would have stored them,
 * for console tests of the traffic figures (which must not wait for real calls and the writer).
 */
public final class LoggedTraffic {

    private static final SecureRandom RANDOM = new SecureRandom();

    private LoggedTraffic() {
    }

    /** Logs one POST to {@code workflow} per status, all received at {@code receivedAt}. */
    public static void log(RequestLog log, WorkflowId workflow, Instant receivedAt, int... statuses) {
        List<RequestLogEntry> entries = new java.util.ArrayList<>();
        for (int status : statuses) {
            entries.add(new RequestLogEntry(RequestId.generate(receivedAt, RANDOM), receivedAt, workflow, "POST",
                    "/listener/0123456789abcdef0123456789abcdef/fedcba9876543210fedcba9876543210", Map.of(),
                    Map.of("content-type", "application/json"), new RecordedBody("{}", 2, false), Optional.empty(),
                    AuthOutcome.NONE, status, Map.of(), RecordedBody.EMPTY, 1, Optional.empty(), List.of(),
                    Optional.empty()));
        }
        log.append(entries);
    }
}
