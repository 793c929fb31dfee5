package io.dynamicendpoints.application.traffic;

import io.dynamicendpoints.application.fake.InMemoryRequestLog;
import io.dynamicendpoints.application.fake.InMemoryRequestTraffic;
import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.traffic.StatusClass;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aDraft;
import static org.assertj.core.api.Assertions.assertThat;

class ReadTrafficTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:30:20Z");

    private final InMemoryRequestLog log = new InMemoryRequestLog();
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final ReadTraffic readTraffic = new ReadTraffic(new InMemoryRequestTraffic(log, workflows),
            Clock.fixed(NOW, ZoneOffset.UTC));
    private final WorkflowId orders = workflows.add(aDraft("Orders")).requireId();
    private final WorkflowId invoices = workflows.add(aDraft("Invoices")).requireId();

    private void log(RequestLogEntry... entries) {
        log.append(List.of(entries));
    }

    @Test
    void activityCountsTheLast24HoursAndKeepsTheLastRequestOfAnyAge() {
        log(anEntry(orders, NOW.minusSeconds(86_400)), anEntry(orders, NOW.minusSeconds(86_401)),
                anEntry(orders, NOW.minusSeconds(1)), anEntry(invoices, NOW.minusSeconds(90 * 86_400)));

        assertThat(readTraffic.activity())
                .containsEntry(orders, new EndpointActivity(NOW.minusSeconds(1), 2))
                .containsEntry(invoices, new EndpointActivity(NOW.minusSeconds(90 * 86_400), 0));
    }

    @Test
    void perMinuteHasSixtyMinutesEndingWithTheCurrentOneZerosIncluded() {
        log(anEntry(orders, Instant.parse("2026-03-01T09:30:59Z")),
                anEntry(orders, Instant.parse("2026-03-01T09:31:00Z")),
                anEntry(invoices, Instant.parse("2026-03-01T10:00:10Z")),
                anEntry(orders, Instant.parse("2026-03-01T10:30:01Z")),
                anEntry(orders, Instant.parse("2026-03-01T10:30:02Z")));

        RequestsPerMinute all = readTraffic.perMinute(Optional.empty());

        assertThat(all.firstMinute()).isEqualTo(Instant.parse("2026-03-01T09:31:00Z"));
        assertThat(all.counts()).hasSize(60);
        assertThat(all.counts().get(0)).isEqualTo(1);
        assertThat(all.counts().get(29)).isEqualTo(1);
        assertThat(all.counts().get(59)).isEqualTo(2);
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.peak()).isEqualTo(2);
        assertThat(all.minute(59)).isEqualTo(Instant.parse("2026-03-01T10:30:00Z"));
    }

    @Test
    void perMinuteOfOneEndpointLeavesOutTheOthers() {
        log(anEntry(orders, NOW.minusSeconds(10)), anEntry(invoices, NOW.minusSeconds(10)),
                anEntry(invoices, NOW.minusSeconds(70)));

        assertThat(readTraffic.perMinute(Optional.of(invoices)).total()).isEqualTo(2);
        assertThat(readTraffic.perMinute(Optional.of(orders)).total()).isEqualTo(1);
    }

    @Test
    void perMinuteWithoutRequestsIsSixtyZeros() {
        RequestsPerMinute none = readTraffic.perMinute(Optional.empty());

        assertThat(none.counts()).hasSize(60).containsOnly(0L);
        assertThat(none.peak()).isZero();
    }

    @Test
    void statusClassesCoverTheChosenWindow() {
        log(anEntry(orders, NOW.minusSeconds(60), 200, "{}"), anEntry(orders, NOW.minusSeconds(2 * 3600), 500, "{}"));

        assertThat(readTraffic.statusClasses(TrafficWindow.LAST_HOUR).get(orders).asMap())
                .containsEntry(StatusClass.SUCCESS, 1L).containsEntry(StatusClass.SERVER_ERROR, 0L);
        assertThat(readTraffic.statusClasses(TrafficWindow.LAST_DAY).get(orders).asMap())
                .containsEntry(StatusClass.SUCCESS, 1L).containsEntry(StatusClass.SERVER_ERROR, 1L);
    }
}
