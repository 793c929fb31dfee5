package io.dynamicendpoints.application.port;

import io.dynamicendpoints.application.port.RequestLogQuery.StatusRange;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link RequestLog} promises, run against the in-memory fake and the JDBC adapter on H2
 * and PostgreSQL, so that paging, filters and retention behave alike everywhere.
 */
public abstract class RequestLogContract {

    private static final WorkflowId ORDERS = new WorkflowId(1);
    private static final WorkflowId INVOICES = new WorkflowId(2);
    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00.123456Z");

    private RequestLog log;

    /** The implementation under test, holding no entry; called before every test. */
    protected abstract RequestLog emptyRequestLog();

    @BeforeEach
    void startEmpty() {
        log = emptyRequestLog();
    }

    private static Instant at(int seconds) {
        return T0.plusSeconds(seconds);
    }

    private static RequestLogQuery newest(WorkflowId workflow, int limit) {
        return RequestLogQuery.newest(workflow, limit);
    }

    private static List<RequestId> ids(List<RequestLogEntry> entries) {
        return entries.stream().map(RequestLogEntry::id).toList();
    }

    @Test
    void findReturnsAnEntryExactlyAsAppended() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("order", Map.of("items", List.of(Map.of("sku", "A1", "qty", 2)), "paid", true));
        data.put("note", "Grüße, 東京 ✓");
        data.put("nothing", null);
        data.put("list", List.of(1, "two", 3.5));
        RequestId original = RequestId.generate(T0, new SecureRandom());
        RequestLogEntry entry = new RequestLogEntry(RequestId.generate(T0, new SecureRandom()), T0, ORDERS, "PUT",
                "/listener/aaaa/bbbb", Map.of("a", List.of("1", "2"), "b", List.of()),
                Map.of("content-type", "application/json; charset=utf-8", "token", RequestLogEntry.MASK),
                new RecordedBody("{\"note\": \"Grüße", 4_000_000, true), Optional.of(data),
                AuthOutcome.rejected("signature"), 401,
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"", "Content-Type", "application/json"),
                new RecordedBody("{\"error\":\"invalid_token\"}", 25, false), 12_345, Optional.of("run-7"),
                List.of(Map.of("step", "s1", "outcome", "ok"), Map.of("step", "s2", "outcome", "skipped")),
                Optional.of(original));

        log.append(List.of(entry));

        assertThat(log.find(entry.id())).contains(entry);
    }

    @Test
    void findReturnsAnEntryWithoutOptionalPartsAsAppended() {
        RequestLogEntry bare = new RequestLogEntry(RequestId.generate(T0, new SecureRandom()), T0, ORDERS, "OPTIONS",
                "/listener/aaaa/bbbb", Map.of(), Map.of(), RecordedBody.EMPTY, Optional.empty(), AuthOutcome.PREFLIGHT,
                204, Map.of(), RecordedBody.EMPTY, 0, Optional.empty(), List.of(), Optional.empty());

        log.append(List.of(bare));

        assertThat(log.find(bare.id())).contains(bare);
    }

    @Test
    void findReturnsEmptyForAnUnknownId() {
        assertThat(log.find(RequestId.generate(T0, new SecureRandom()))).isEmpty();
    }

    @Test
    void appendStoresAWholeBatch() {
        List<RequestLogEntry> batch = new ArrayList<>();
        for (int i = 0; i < 257; i++) { // not a round number: storage may group rows by the hundred
            batch.add(anEntry(ORDERS, at(i)));
        }

        log.append(batch);

        assertThat(log.list(newest(ORDERS, 200)).items()).hasSize(200);
        assertThat(batch).allSatisfy(entry -> assertThat(log.find(entry.id())).contains(entry));
    }

    @Test
    void listsOneWorkflowNewestFirst() {
        RequestLogEntry first = anEntry(ORDERS, at(0));
        RequestLogEntry other = anEntry(INVOICES, at(1));
        RequestLogEntry second = anEntry(ORDERS, at(2));
        RequestLogEntry third = anEntry(ORDERS, at(3));
        log.append(List.of(second, first, other));
        log.append(List.of(third));

        RequestLogPage page = log.list(newest(ORDERS, 50));

        assertThat(ids(page.items())).containsExactly(third.id(), second.id(), first.id());
        assertThat(page.next()).isEmpty();
    }

    @Test
    void pagesThroughEveryEntryOnceEvenWhenEntriesShareAMicrosecond() {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            entries.add(anEntry(ORDERS, at(i / 4))); // four entries per instant
        }
        log.append(entries);

        List<RequestId> seen = new ArrayList<>();
        RequestLogQuery query = newest(ORDERS, 5);
        int pages = 0;
        for (RequestLogPage page = log.list(query); ; page = log.list(query)) {
            pages++;
            seen.addAll(ids(page.items()));
            if (page.next().isEmpty()) {
                break;
            }
            query = query.before(page.next().get());
        }

        assertThat(pages).isEqualTo(5);
        assertThat(seen).doesNotHaveDuplicates().hasSize(23)
                .containsExactlyElementsOf(entries.stream()
                        .sorted((a, b) -> RequestLogCursor.after(a).isBefore(b) ? -1 : 1)
                        .map(RequestLogEntry::id).toList());
    }

    @Test
    void lastFullPageHasNoNextCursor() {
        log.append(List.of(anEntry(ORDERS, at(0)), anEntry(ORDERS, at(1))));

        assertThat(log.list(newest(ORDERS, 2)).next()).isEmpty();
        assertThat(log.list(newest(ORDERS, 1)).next()).isPresent();
    }

    @Test
    void filtersByStatusClassOrExactStatus() {
        RequestLogEntry ok = anEntry(ORDERS, at(0), 200, "a");
        RequestLogEntry forbidden = anEntry(ORDERS, at(1), 403, "b");
        RequestLogEntry unauthorized = anEntry(ORDERS, at(2), 401, "c");
        RequestLogEntry failed = anEntry(ORDERS, at(3), 500, "d");
        log.append(List.of(ok, forbidden, unauthorized, failed));

        assertThat(ids(log.list(withStatus(StatusRange.ofClass(4))).items()))
                .containsExactly(unauthorized.id(), forbidden.id());
        assertThat(ids(log.list(withStatus(StatusRange.exactly(403))).items())).containsExactly(forbidden.id());
        assertThat(ids(log.list(withStatus(StatusRange.ofClass(2))).items())).containsExactly(ok.id());
        assertThat(log.list(withStatus(StatusRange.ofClass(3))).items()).isEmpty();
    }

    private static RequestLogQuery withStatus(StatusRange status) {
        return new RequestLogQuery(ORDERS, 50, Optional.empty(), Optional.of(status), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    @Test
    void filtersByTimeRangeFromInclusiveToExclusive() {
        List<RequestLogEntry> entries = List.of(anEntry(ORDERS, at(0)), anEntry(ORDERS, at(10)),
                anEntry(ORDERS, at(20)), anEntry(ORDERS, at(30)));
        log.append(entries);

        RequestLogQuery query = new RequestLogQuery(ORDERS, 50, Optional.empty(), Optional.empty(),
                Optional.of(at(10)), Optional.of(at(30)), Optional.empty());

        assertThat(ids(log.list(query).items())).containsExactly(entries.get(2).id(), entries.get(1).id());
    }

    @Test
    void searchesTheRequestBodyIgnoringCase() {
        RequestLogEntry invoice = anEntry(ORDERS, at(0), 200, "{\"type\": \"Invoice.Paid\", \"amount\": 2500}");
        RequestLogEntry refund = anEntry(ORDERS, at(1), 200, "{\"type\": \"refund\"}");
        RequestLogEntry unicode = anEntry(ORDERS, at(2), 200, "{\"city\": \"MÜNCHEN\"}");
        log.append(List.of(invoice, refund, unicode));

        assertThat(ids(log.list(withText("invoice.PAID")).items())).containsExactly(invoice.id());
        assertThat(ids(log.list(withText("\"type\"")).items())).containsExactly(refund.id(), invoice.id());
        assertThat(ids(log.list(withText("münchen")).items())).containsExactly(unicode.id());
        assertThat(log.list(withText("nowhere")).items()).isEmpty();
    }

    @Test
    void searchTakesLikeWildcardsLiterally() {
        RequestLogEntry percent = anEntry(ORDERS, at(0), 200, "discount 50% off_today");
        RequestLogEntry plain = anEntry(ORDERS, at(1), 200, "discount 500 offXtoday back\\slash");
        log.append(List.of(percent, plain));

        assertThat(ids(log.list(withText("50%")).items())).containsExactly(percent.id());
        assertThat(ids(log.list(withText("off_today")).items())).containsExactly(percent.id());
        assertThat(ids(log.list(withText("back\\slash")).items())).containsExactly(plain.id());
        assertThat(ids(log.list(withText("%")).items())).containsExactly(percent.id());
    }

    private static RequestLogQuery withText(String text) {
        return new RequestLogQuery(ORDERS, 50, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(text));
    }

    @Test
    void combinesFiltersWithPaging() {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            entries.add(anEntry(i % 2 == 0 ? ORDERS : INVOICES, at(i), i % 3 == 0 ? 404 : 200,
                    i % 4 == 0 ? "needle " + i : "hay " + i));
        }
        log.append(entries);
        RequestLogQuery query = new RequestLogQuery(ORDERS, 2, Optional.empty(), Optional.of(StatusRange.ofClass(4)),
                Optional.of(at(5)), Optional.empty(), Optional.of("NEEDLE"));

        RequestLogPage first = log.list(query);
        RequestLogPage second = log.list(query.before(first.next().orElseThrow()));

        // ORDERS has the even i, 404 needs i % 3 == 0, the needle i % 4 == 0: i = 12, 24, 36, 48 (0 is before "from").
        assertThat(first.items()).extracting(entry -> entry.body().text()).containsExactly("needle 48", "needle 36");
        assertThat(second.items()).extracting(entry -> entry.body().text()).containsExactly("needle 24", "needle 12");
        assertThat(second.next()).isEmpty();
    }

    @Test
    void deleteExpiredRemovesOnlyEntriesReceivedBeforeTheCutoff() {
        RequestLogEntry old = anEntry(ORDERS, at(0));
        RequestLogEntry boundary = anEntry(ORDERS, at(10));
        RequestLogEntry recent = anEntry(INVOICES, at(20));
        log.append(List.of(old, boundary, recent));

        int deleted = log.deleteExpired(RequestLogExpiry.ofAllBut(Set.of(), at(10)), 100);

        assertThat(deleted).isEqualTo(1);
        assertThat(log.find(old.id())).isEmpty();
        assertThat(log.find(boundary.id())).isPresent();
        assertThat(log.find(recent.id())).isPresent();
    }

    @Test
    void deleteExpiredOfOneWorkflowLeavesOthersAlone() {
        RequestLogEntry orders = anEntry(ORDERS, at(0));
        RequestLogEntry invoices = anEntry(INVOICES, at(0));
        log.append(List.of(orders, invoices));

        assertThat(log.deleteExpired(RequestLogExpiry.ofWorkflow(ORDERS, at(5)), 100)).isEqualTo(1);

        assertThat(log.find(orders.id())).isEmpty();
        assertThat(log.find(invoices.id())).isPresent();
    }

    @Test
    void deleteExpiredSparesExceptedWorkflows() {
        WorkflowId third = new WorkflowId(3);
        List<RequestLogEntry> entries = List.of(anEntry(ORDERS, at(0)), anEntry(INVOICES, at(0)), anEntry(third, at(0)));
        log.append(entries);

        assertThat(log.deleteExpired(RequestLogExpiry.ofAllBut(Set.of(ORDERS, third), at(5)), 100)).isEqualTo(1);

        assertThat(log.find(entries.get(0).id())).isPresent();
        assertThat(log.find(entries.get(1).id())).isEmpty();
        assertThat(log.find(entries.get(2).id())).isPresent();
    }

    @Test
    void deleteExpiredDeletesAtMostTheLimitPerCall() {
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            entries.add(anEntry(ORDERS, at(i)));
        }
        log.append(entries);
        RequestLogExpiry everything = RequestLogExpiry.ofAllBut(Set.of(), at(1000));

        assertThat(log.deleteExpired(everything, 10)).isEqualTo(10);
        assertThat(log.deleteExpired(everything, 10)).isEqualTo(10);
        assertThat(log.deleteExpired(everything, 10)).isEqualTo(5);
        assertThat(log.deleteExpired(everything, 10)).isZero();
        assertThat(log.list(newest(ORDERS, 50)).items()).isEmpty();
    }

    private static List<Map<String, Object>> steps(String... stepIds) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (String stepId : stepIds) {
            Map<String, Object> step = new LinkedHashMap<>();
            step.put("step_id", stepId);
            step.put("kind", "create_record");
            step.put("outcome", "succeeded");
            step.put("duration_ms", 1.5);
            step.put("detail", null);
            steps.add(step);
        }
        return steps;
    }

    @Test
    void findRunTraceReturnsATraceAsAppended() {
        RunTrace trace = new RunTrace("run-1", ORDERS, at(3), steps("mark", "answer"));

        log.appendRunTrace(trace);

        assertThat(log.findRunTrace("run-1")).hasValue(trace);
        assertThat(log.findRunTrace("run-2")).isEmpty();
    }

    @Test
    void aRunThatEndsAgainReplacesItsTrace() {
        log.appendRunTrace(new RunTrace("run-1", ORDERS, at(3), steps("mark")));
        RunTrace again = new RunTrace("run-1", ORDERS, at(9), steps("mark", "answer"));

        log.appendRunTrace(again);

        assertThat(log.findRunTrace("run-1")).hasValue(again);
    }

    @Test
    void deleteExpiredRemovesRunTracesThatEndedBeforeTheCutoffWithTheirWorkflowsEntries() {
        log.appendRunTrace(new RunTrace("old-orders", ORDERS, at(0), steps("a")));
        log.appendRunTrace(new RunTrace("old-invoices", INVOICES, at(0), steps("a")));
        log.appendRunTrace(new RunTrace("recent-orders", ORDERS, at(20), steps("a")));

        assertThat(log.deleteExpired(RequestLogExpiry.ofWorkflow(ORDERS, at(10)), 100)).isEqualTo(1);
        assertThat(log.findRunTrace("old-orders")).isEmpty();
        assertThat(log.findRunTrace("old-invoices")).isPresent();

        assertThat(log.deleteExpired(RequestLogExpiry.ofAllBut(Set.of(INVOICES), at(30)), 100)).isEqualTo(1);
        assertThat(log.findRunTrace("recent-orders")).isEmpty();
        assertThat(log.findRunTrace("old-invoices")).isPresent();
    }

    @Test
    void keepsMicrosecondsOfTheArrivalTime() {
        Instant precise = Instant.parse("2026-03-01T10:00:00.123456789Z");
        RequestLogEntry entry = anEntry(ORDERS, precise);

        log.append(List.of(entry));

        assertThat(log.find(entry.id()).orElseThrow().receivedAt())
                .isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    @Test
    void storesLongBodiesWhole() {
        char[] text = new char[200_000];
        Arrays.fill(text, 'x');
        RequestLogEntry big = anEntry(ORDERS, at(0), 200, new String(text));

        log.append(List.of(big));

        assertThat(log.find(big.id()).orElseThrow().body().text()).hasSize(200_000);
        assertThat(log.list(withText("xxxx")).items()).hasSize(1);
    }
}
