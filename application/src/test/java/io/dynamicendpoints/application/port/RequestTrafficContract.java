package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusClass;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RequestTraffic} promises, run against the in-memory fake and the JDBC adapter on
 * H2 and PostgreSQL, so that the console's counts agree everywhere: window bounds are inclusive at the
 * start, minutes are whole UTC minutes, and deleted workflows have no activity.
 */
public abstract class RequestTrafficContract {

    /** Where the traffic is counted from, and the stores it counts; all empty. */
    public record Stores(Workflows workflows, RequestLog log, RequestTraffic traffic) {
    }

    /** Empty stores; called before every test. */
    protected abstract Stores emptyStores();

    private static final Instant NOW = Instant.parse("2026-03-01T10:30:20.500Z");

    private Stores stores;
    private WorkflowId orders;
    private WorkflowId invoices;

    @BeforeEach
    void startEmpty() {
        stores = emptyStores();
        orders = stores.workflows().add(aDraft("Orders")).requireId();
        invoices = stores.workflows().add(aDraft("Invoices")).requireId();
    }

    private void log(RequestLogEntry... entries) {
        stores.log().append(List.of(entries));
    }

    private static Instant ago(int seconds) {
        return NOW.minusSeconds(seconds);
    }

    @Test
    void activityHasTheNewestRequestAndTheCountSinceTheGivenInstant() {
        log(anEntry(orders, ago(3 * 86_400)), anEntry(orders, ago(86_400)), anEntry(orders, ago(600)),
                anEntry(orders, ago(5)), anEntry(invoices, ago(2 * 86_400)));

        Map<WorkflowId, EndpointActivity> activity = stores.traffic().activity(ago(86_400));

        assertThat(activity).containsEntry(orders, new EndpointActivity(ago(5), 3))
                .containsEntry(invoices, new EndpointActivity(ago(2 * 86_400), 0))
                .hasSize(2);
    }

    @Test
    void activityLeavesOutWorkflowsNeverCalledAndWorkflowsDeleted() {
        WorkflowId deleted = stores.workflows().add(aDraft("Deleted")).requireId();
        log(anEntry(orders, ago(5)), anEntry(deleted, ago(5)));
        stores.workflows().remove(deleted);

        assertThat(stores.traffic().activity(ago(86_400))).containsOnlyKeys(orders);
    }

    @Test
    void activityOfAnEmptyLogIsEmpty() {
        assertThat(stores.traffic().activity(ago(86_400))).isEmpty();
    }

    @Test
    void perMinuteCountsWholeUtcMinutesFromTheGivenInstant() {
        Instant start = Instant.parse("2026-03-01T09:31:00Z");
        log(anEntry(orders, start.minusNanos(1_000)),
                anEntry(orders, start),
                anEntry(orders, start.plusSeconds(59).plusNanos(999_999_000)),
                anEntry(invoices, start.plusSeconds(60)),
                anEntry(orders, Instant.parse("2026-03-01T10:30:20Z")),
                anEntry(orders, Instant.parse("2026-03-01T10:30:00Z")));

        Map<Instant, Long> all = stores.traffic().perMinute(Optional.empty(), start);

        assertThat(all).isEqualTo(Map.of(
                start, 2L,
                start.plusSeconds(60), 1L,
                Instant.parse("2026-03-01T10:30:00Z"), 2L));
    }

    @Test
    void perMinuteCountsOneWorkflowWhenAsked() {
        Instant start = Instant.parse("2026-03-01T09:31:00Z");
        log(anEntry(orders, start.plusSeconds(1)), anEntry(orders, start.plusSeconds(2)),
                anEntry(invoices, start.plusSeconds(3)), anEntry(invoices, start.plusSeconds(130)));

        assertThat(stores.traffic().perMinute(Optional.of(invoices), start))
                .isEqualTo(Map.of(start, 1L, start.plusSeconds(120), 1L));
        assertThat(stores.traffic().perMinute(Optional.of(orders), start)).isEqualTo(Map.of(start, 2L));
    }

    @Test
    void statusClassesCountEachClassPerWorkflowWithinTheWindow() {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int status : new int[]{200, 201, 204, 302, 400, 404, 404, 500, 101}) {
            entries.add(anEntry(orders, ago(60), status, "{}"));
        }
        entries.add(anEntry(orders, ago(7200), 503, "{}"));
        entries.add(anEntry(invoices, ago(10), 503, "{}"));
        stores.log().append(entries);

        Map<WorkflowId, StatusCounts> counts = stores.traffic().statusClasses(ago(3600));

        assertThat(counts).containsOnlyKeys(orders, invoices);
        assertThat(counts.get(orders).asMap()).isEqualTo(Map.of(
                StatusClass.INFORMATIONAL, 1L, StatusClass.SUCCESS, 3L, StatusClass.REDIRECTION, 1L,
                StatusClass.CLIENT_ERROR, 3L, StatusClass.SERVER_ERROR, 1L));
        assertThat(counts.get(invoices)).isEqualTo(StatusCounts.NONE.plus(StatusClass.SERVER_ERROR, 1));
    }

    @Test
    void statusClassesIncludeTheWindowStartExactly() {
        log(anEntry(orders, ago(3600), 200, "{}"), anEntry(orders, ago(3600).minusNanos(1_000), 200, "{}"));

        assertThat(stores.traffic().statusClasses(ago(3600)).get(orders).total()).isEqualTo(1);
    }
}
