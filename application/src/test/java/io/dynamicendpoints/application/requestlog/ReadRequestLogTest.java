package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLogCursor;
import io.dynamicendpoints.application.port.RunTrace;
import io.dynamicendpoints.application.requestlog.ReadRequestLog.Page;
import io.dynamicendpoints.application.requestlog.ReadRequestLog.Query;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadRequestLogTest {

    private static final Instant T0 = Instant.parse("2026-03-01T00:00:00Z");

    private final RequestLogPlatform platform = new RequestLogPlatform();
    private final ReadRequestLog read = new ReadRequestLog(platform.log, platform.workflows, platform.entries);
    private final Workflow workflow = platform.publish(aDataListener("ok"));

    private List<RequestLogEntry> logged(int count) {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            entries.add(anEntry(workflow.requireId(), T0.plusSeconds(i), i % 2 == 0 ? 200 : 401, "body " + i));
        }
        platform.log.append(entries);
        return entries;
    }

    @Test
    void pagesNewestFirstWithAnOpaqueCursor() {
        List<RequestLogEntry> entries = logged(5);

        Page first = read.list(workflow.requireId(), new Query(2, null, null, null, null, null));
        Page second = read.list(workflow.requireId(), new Query(2, first.nextCursor().orElseThrow(), null, null, null, null));
        Page third = read.list(workflow.requireId(), new Query(2, second.nextCursor().orElseThrow(), null, null, null, null));

        assertThat(first.items()).containsExactly(entries.get(4), entries.get(3));
        assertThat(second.items()).containsExactly(entries.get(2), entries.get(1));
        assertThat(third.items()).containsExactly(entries.get(0));
        assertThat(third.nextCursor()).isEmpty();
        assertThat(first.nextCursor().orElseThrow()).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void continuesAfterAnyEntryLikeAfterAPage() {
        List<RequestLogEntry> entries = logged(5);

        Page rest = read.list(workflow.requireId(), new Query(10, read.cursorAfter(entries.get(3)), null, null, null, null));

        assertThat(rest.items()).containsExactly(entries.get(2), entries.get(1), entries.get(0));
    }

    @Test
    void defaultsToFiftyEntries() {
        logged(60);

        assertThat(read.list(workflow.requireId(), Query.NEWEST).items()).hasSize(50);
    }

    @Test
    void filtersByStatusTimeAndText() {
        List<RequestLogEntry> entries = logged(10);

        assertThat(read.list(workflow.requireId(), new Query(null, null, "4xx", null, null, null)).items())
                .hasSize(5).allSatisfy(entry -> assertThat(entry.status()).isEqualTo(401));
        assertThat(read.list(workflow.requireId(), new Query(null, null, "200", "2026-03-01T00:00:02Z",
                "2026-03-01T00:00:06Z", null)).items()).containsExactly(entries.get(4), entries.get(2));
        assertThat(read.list(workflow.requireId(), new Query(null, null, null, "2026-03-01", "2026-03-02", "BODY 7"))
                .items()).containsExactly(entries.get(7));
    }

    @Test
    void filterAgreesWithTheListingSoALiveViewCanJudgeNewEntries() {
        List<RequestLogEntry> entries = logged(10);
        Query query = new Query(null, null, "2xx", "2026-03-01T00:00:02Z", "2026-03-01T00:00:09Z", "Body");

        var filter = read.filter(workflow.requireId(), query);

        assertThat(entries.stream().filter(filter).toList())
                .containsExactlyInAnyOrderElementsOf(read.list(workflow.requireId(), query).items());
        assertThat(filter.test(anEntry(new WorkflowId(workflow.requireId().value() + 1), T0.plusSeconds(4), 200,
                "body 4"))).isFalse();
        assertThatThrownBy(() -> read.filter(workflow.requireId(), new Query(null, null, "4yy", null, null, null)))
                .isInstanceOf(InvalidRequestLogQueryException.class);
    }

    @Test
    void namesEveryBadParameter() {
        assertThatThrownBy(() -> read.list(workflow.requireId(),
                new Query(0, "not-a-cursor", "4yy", "yesterday", "2026-13-01", "x".repeat(201))))
                .isInstanceOfSatisfying(InvalidRequestLogQueryException.class, e -> assertThat(e.violations())
                        .containsOnlyKeys("limit", "before", "status", "from", "to", "q"));
        assertThatThrownBy(() -> read.list(workflow.requireId(), new Query(201, null, null, null, null, null)))
                .isInstanceOf(InvalidRequestLogQueryException.class);
        assertThatThrownBy(() -> read.list(workflow.requireId(),
                new Query(null, null, null, "2026-03-02", "2026-03-01", null)))
                .isInstanceOfSatisfying(InvalidRequestLogQueryException.class,
                        e -> assertThat(e.violations()).containsOnlyKeys("to"));
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> read.list(new WorkflowId(999), Query.NEWEST))
                .isInstanceOf(WorkflowNotFoundException.class);
    }

    @Test
    void readsOneEntryById() {
        RequestLogEntry entry = logged(1).getFirst();

        assertThat(read.one(entry.id().toString()).entry()).isEqualTo(entry);
        assertThatThrownBy(() -> read.one(RequestId.generate(T0, new SecureRandom()).toString()))
                .isInstanceOf(RequestNotFoundException.class);
        assertThatThrownBy(() -> read.one("nonsense")).isInstanceOf(RequestNotFoundException.class);
    }

    @Test
    void anEntryWhoseRunEndedLaterShowsTheRunsStoredTrace() {
        RequestLogEntry base = logged(1).getFirst();
        RequestLogEntry async = withRun(base, "run-async", List.of());
        platform.log.append(List.of(async));
        List<Map<String, Object>> steps = List.of(Map.of("step_id", "mark", "kind", "create_record"));

        assertThat(read.one(async.id().toString()).entry().trace()).as("the run has not ended yet").isEmpty();
        platform.log.appendRunTrace(new RunTrace("run-async", workflow.requireId(), T0, steps));

        RequestLogEntry shown = read.one(async.id().toString()).entry();
        assertThat(shown.trace()).isEqualTo(steps);
        assertThat(shown.runId()).contains("run-async");
        assertThat(shown.id()).isEqualTo(async.id());
    }

    @Test
    void anEntryThatHoldsItsTraceKeepsIt() {
        List<Map<String, Object>> own = List.of(Map.of("step_id", "ack"));
        RequestLogEntry sync = withRun(logged(1).getFirst(), "run-sync", own);
        platform.log.append(List.of(sync));
        platform.log.appendRunTrace(new RunTrace("run-sync", workflow.requireId(), T0, List.of(Map.of("step_id", "other"))));

        assertThat(read.one(sync.id().toString()).entry().trace()).isEqualTo(own);
    }

    private static RequestLogEntry withRun(RequestLogEntry entry, String runId, List<Map<String, Object>> trace) {
        return new RequestLogEntry(RequestId.generate(entry.receivedAt(), new SecureRandom()), entry.receivedAt(),
                entry.workflowId(), entry.method(), entry.path(), entry.query(), entry.headers(), entry.body(),
                entry.tokenData(), entry.authOutcome(), entry.status(), entry.responseHeaders(), entry.responseBody(),
                entry.durationMs(), Optional.of(runId), trace, entry.replayOf());
    }

    @Test
    void cursorsSurviveTheRoundTripToTheMicrosecond() {
        RequestLogCursor cursor = new RequestLogCursor(Instant.parse("2026-03-01T10:00:00.123456Z"),
                RequestId.generate(T0, new SecureRandom()));

        assertThat(ReadRequestLog.decode(ReadRequestLog.encode(cursor))).contains(cursor);
        assertThat(ReadRequestLog.decode("")).isEmpty();
        assertThat(ReadRequestLog.decode("!!!")).isEqualTo(Optional.empty());
    }
}
