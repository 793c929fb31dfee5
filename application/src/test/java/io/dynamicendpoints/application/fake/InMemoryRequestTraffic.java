package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusClass;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@link RequestTraffic} counted over an {@link InMemoryRequestLog}'s entries, for tests of the use
 * cases; it honours {@code RequestTrafficContract}. Like the database, it reports activity only for
 * workflows that {@code workflows} still stores.
 */
public final class InMemoryRequestTraffic implements RequestTraffic {

    private final InMemoryRequestLog log;
    private final Workflows workflows;

    public InMemoryRequestTraffic(InMemoryRequestLog log, Workflows workflows) {
        this.log = log;
        this.workflows = workflows;
    }

    @Override
    public Map<WorkflowId, EndpointActivity> activity(Instant since) {
        Set<WorkflowId> stored = workflows.all().stream().map(Workflow::requireId).collect(Collectors.toSet());
        Map<WorkflowId, EndpointActivity> activity = new HashMap<>();
        for (RequestLogEntry entry : log.all()) {
            if (!stored.contains(entry.workflowId())) {
                continue;
            }
            long recent = entry.receivedAt().isBefore(since) ? 0 : 1;
            activity.merge(entry.workflowId(), new EndpointActivity(entry.receivedAt(), recent), (a, b) ->
                    new EndpointActivity(a.lastRequestAt().isAfter(b.lastRequestAt()) ? a.lastRequestAt() : b.lastRequestAt(),
                            a.recentCount() + b.recentCount()));
        }
        return activity;
    }

    @Override
    public Map<Instant, Long> perMinute(Optional<WorkflowId> workflow, Instant since) {
        Map<Instant, Long> counts = new HashMap<>();
        for (RequestLogEntry entry : log.all()) {
            if (!entry.receivedAt().isBefore(since) && workflow.map(entry.workflowId()::equals).orElse(true)) {
                counts.merge(entry.receivedAt().truncatedTo(ChronoUnit.MINUTES), 1L, Long::sum);
            }
        }
        return counts;
    }

    @Override
    public Map<WorkflowId, StatusCounts> statusClasses(Instant since) {
        Map<WorkflowId, StatusCounts> counts = new HashMap<>();
        for (RequestLogEntry entry : log.all()) {
            if (!entry.receivedAt().isBefore(since)) {
                counts.merge(entry.workflowId(), StatusCounts.NONE.plus(StatusClass.of(entry.status()), 1),
                        StatusCounts::plus);
            }
        }
        return counts;
    }
}
