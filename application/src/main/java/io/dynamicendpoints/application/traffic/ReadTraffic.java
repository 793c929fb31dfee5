package io.dynamicendpoints.application.traffic;

import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Traffic figures for the console, each over a window ending now: every endpoint's last request and
 * its count over the last 24 hours (one query for all endpoints), requests per minute over the last
 * hour, and status classes per endpoint.
 */
public final class ReadTraffic {

    /** The span of the endpoint list's request count. */
    public static final Duration ACTIVITY_WINDOW = TrafficWindow.LAST_DAY.length();
    /** How many minutes {@link #perMinute} covers: the last hour, the current minute included. */
    public static final int MINUTES = 60;

    private final RequestTraffic traffic;
    private final Clock clock;

    public ReadTraffic(RequestTraffic traffic, Clock clock) {
        this.traffic = traffic;
        this.clock = clock;
    }

    /**
     * Each endpoint that was ever called (as far as the log remembers): its last request and how many
     * arrived in the last 24 hours. Endpoints never called are absent.
     */
    public Map<WorkflowId, EndpointActivity> activity() {
        return traffic.activity(clock.instant().minus(ACTIVITY_WINDOW));
    }

    /**
     * Requests per minute for the last {@value #MINUTES} minutes, the current one last: for one
     * endpoint, or for all when {@code workflow} is empty.
     */
    public RequestsPerMinute perMinute(Optional<WorkflowId> workflow) {
        Instant first = clock.instant().truncatedTo(ChronoUnit.MINUTES).minus(MINUTES - 1L, ChronoUnit.MINUTES);
        Map<Instant, Long> counted = traffic.perMinute(workflow, first);
        List<Long> counts = new ArrayList<>(MINUTES);
        for (int minute = 0; minute < MINUTES; minute++) {
            counts.add(counted.getOrDefault(first.plus(minute, ChronoUnit.MINUTES), 0L));
        }
        return new RequestsPerMinute(first, counts);
    }

    /** Per endpoint called within the window: how many answers fell in each status class. */
    public Map<WorkflowId, StatusCounts> statusClasses(TrafficWindow window) {
        return traffic.statusClasses(clock.instant().minus(window.length()));
    }
}
