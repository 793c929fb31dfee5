package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogExpiry;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Deletes log entries that have outlived their retention: the endpoint's own
 * ({@code request_log_retention_days}) where it has one, the platform's default otherwise (which also
 * covers entries of deleted workflows). Deletes in bounded batches, so the database never holds a
 * huge delete in one transaction and the listener's writes keep flowing meanwhile.
 */
public final class PruneRequestLog {

    private final RequestLog log;
    private final Workflows workflows;
    private final Duration defaultRetention;
    private final int batchSize;
    private final Clock clock;

    public PruneRequestLog(RequestLog log, Workflows workflows, Duration defaultRetention, int batchSize, Clock clock) {
        this.log = log;
        this.workflows = workflows;
        this.defaultRetention = defaultRetention;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** @return how many entries were deleted */
    public int prune() {
        Instant now = clock.instant();
        Map<WorkflowId, Duration> ownRetention = new LinkedHashMap<>();
        for (Workflow workflow : workflows.all()) {
            workflow.listener().requestLogRetention().ifPresent(retention ->
                    ownRetention.put(workflow.requireId(), retention));
        }
        int deleted = 0;
        for (Map.Entry<WorkflowId, Duration> own : ownRetention.entrySet()) {
            deleted += deleteAll(RequestLogExpiry.ofWorkflow(own.getKey(), now.minus(own.getValue())));
        }
        deleted += deleteAll(RequestLogExpiry.ofAllBut(ownRetention.keySet(), now.minus(defaultRetention)));
        return deleted;
    }

    private int deleteAll(RequestLogExpiry expiry) {
        int total = 0;
        int deleted;
        do {
            deleted = log.deleteExpired(expiry, batchSize);
            total += deleted;
        } while (deleted >= batchSize);
        return total;
    }
}
