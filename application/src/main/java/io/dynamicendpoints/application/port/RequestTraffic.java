package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * How much the endpoints are called, counted from the request log: the aggregates the console's
 * endpoint list and dashboard draw. Kept apart from {@link RequestLog}, which stores and pages single
 * entries; this port only counts, so an adapter can answer each question with one aggregate query.
 * Counts cover what the log still holds: retention and a switched-off log make them smaller.
 */
public interface RequestTraffic {

    /**
     * Every stored workflow that has at least one logged request: when its newest request arrived, and
     * how many arrived at or after {@code since}. Entries of deleted workflows are not reported.
     */
    Map<WorkflowId, EndpointActivity> activity(Instant since);

    /**
     * Requests received at or after {@code since}, counted per whole UTC minute (the key is the
     * minute's first instant), for one workflow or, when {@code workflow} is empty, for all. Minutes
     * without requests are absent.
     */
    Map<Instant, Long> perMinute(Optional<WorkflowId> workflow, Instant since);

    /** Per workflow with requests at or after {@code since}: how many got each status class. */
    Map<WorkflowId, StatusCounts> statusClasses(Instant since);
}
