package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.NOW;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static org.assertj.core.api.Assertions.assertThat;

class PruneRequestLogTest {

    private final RequestLogPlatform platform = new RequestLogPlatform();
    private final PruneRequestLog prune = new PruneRequestLog(platform.log, platform.workflows, Duration.ofDays(30), 3,
            platform.clock);

    private List<RequestLogEntry> loggedDaysAgo(WorkflowId workflow, int... daysAgo) {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int days : daysAgo) {
            entries.add(anEntry(workflow, NOW.minus(Duration.ofDays(days)).minusSeconds(1)));
        }
        platform.log.append(entries);
        return entries;
    }

    private List<Instant> remaining(WorkflowId workflow) {
        return platform.log.all().stream().filter(entry -> entry.workflowId().equals(workflow))
                .map(RequestLogEntry::receivedAt).sorted().toList();
    }

    @Test
    void deletesEntriesOlderThanTheDefaultRetentionInBatches() {
        Workflow workflow = platform.publish(aDataListener("ok"));
        loggedDaysAgo(workflow.requireId(), 40, 35, 31, 30, 30, 29, 1, 0);

        assertThat(prune.prune()).isEqualTo(5); // batches of 3: 3 + 2

        assertThat(remaining(workflow.requireId())).hasSize(3);
    }

    @Test
    void honoursAnEndpointsOwnRetentionShorterOrLonger() {
        Workflow shortLived = platform.publish(aDataListener("ok").withRequestLogRetention(Optional.of(Duration.ofDays(7))));
        Workflow longLived = platform.publish(aDataListener("ok").withAddress(EndpointAddress.generate(new SecureRandom()))
                .withRequestLogRetention(Optional.of(Duration.ofDays(90))));
        Workflow usual = platform.publish(aDataListener("ok").withAddress(EndpointAddress.generate(new SecureRandom())));
        WorkflowId deleted = new WorkflowId(999);
        loggedDaysAgo(shortLived.requireId(), 8, 6);
        loggedDaysAgo(longLived.requireId(), 91, 60, 31);
        loggedDaysAgo(usual.requireId(), 31, 6);
        loggedDaysAgo(deleted, 31, 6);

        assertThat(prune.prune()).isEqualTo(4);

        assertThat(remaining(shortLived.requireId())).hasSize(1);
        assertThat(remaining(longLived.requireId())).hasSize(2);
        assertThat(remaining(usual.requireId())).hasSize(1);
        assertThat(remaining(deleted)).hasSize(1);
    }
}
