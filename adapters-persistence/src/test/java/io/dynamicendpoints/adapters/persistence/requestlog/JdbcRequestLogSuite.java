package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogContract;
import io.dynamicendpoints.application.port.RequestLogPage;
import io.dynamicendpoints.application.port.RequestLogQuery;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.application.fake.RequestLogFixtures.anEntry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link RequestLogContract} against {@link JdbcRequestLog}, plus what only the database adds:
 * how entries are packed into chunks, and paging across many of them. The H2 and PostgreSQL subclasses only choose the database.
 */
abstract class JdbcRequestLogSuite extends RequestLogContract {

    @Inject
    RequestLog requestLog;

    protected abstract TestDatabase database();

    @Override
    protected RequestLog emptyRequestLog() {
        database().empty("request_log_chunk", "request_log_run_trace");
        return requestLog;
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(requestLog).isInstanceOf(JdbcRequestLog.class);
    }

    @Test
    void packsABatchIntoOneChunkPerWorkflowAndMinute() throws SQLException {
        Instant minute = Instant.parse("2026-03-01T10:00:00Z");
        WorkflowId orders = new WorkflowId(9);
        WorkflowId invoices = new WorkflowId(10);
        requestLog.append(List.of(
                anEntry(orders, minute.plusSeconds(1), 200, "{}"),
                anEntry(orders, minute.plusSeconds(59), 404, "{}"),
                anEntry(invoices, minute.plusSeconds(2), 500, "{}"),
                anEntry(orders, minute.plusSeconds(60), 201, "{}")));

        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT workflow_id, received_minute, entry_count, count_2xx, count_4xx, count_5xx FROM request_log_chunk"
                             + " ORDER BY received_minute, workflow_id");
             ResultSet rows = select.executeQuery()) {
            List<String> chunks = new ArrayList<>();
            while (rows.next()) {
                chunks.add(rows.getLong("workflow_id") + " " + rows.getObject("received_minute", OffsetDateTime.class).toInstant()
                        + " " + rows.getInt("entry_count") + " " + rows.getInt("count_2xx") + "/" + rows.getInt("count_4xx")
                        + "/" + rows.getInt("count_5xx"));
            }
            assertThat(chunks).containsExactly(
                    "9 2026-03-01T10:00:00Z 2 1/1/0",
                    "10 2026-03-01T10:00:00Z 1 0/0/1",
                    "9 2026-03-01T10:01:00Z 1 1/0/0");
        }
    }

    @Test
    void pagesThroughManyChunksWrittenOutOfOrderNewestFirst() {
        WorkflowId orders = new WorkflowId(9);
        Instant start = Instant.parse("2026-03-01T10:00:00Z");
        List<RequestLogEntry> all = new ArrayList<>();
        for (int i = 0; i < 1_300; i++) {
            // Three minutes, several batches each, and a slow request logged long after faster ones.
            all.add(anEntry(orders, start.plusMillis(i * 137L % 180_000)));
        }
        for (int from = 0; from < all.size(); from += 400) {
            requestLog.append(all.subList(from, Math.min(from + 400, all.size())));
        }

        List<RequestLogEntry> listed = new ArrayList<>();
        RequestLogQuery query = RequestLogQuery.newest(orders, 97);
        while (true) {
            RequestLogPage page = requestLog.list(query);
            listed.addAll(page.items());
            if (page.next().isEmpty()) {
                break;
            }
            query = query.before(page.next().get());
        }

        assertThat(listed).hasSize(all.size());
        assertThat(listed).isSortedAccordingTo(Comparator.comparing(RequestLogEntry::receivedAt)
                .thenComparing(RequestLogEntry::id).reversed());
        assertThat(listed).containsExactlyInAnyOrderElementsOf(all);
    }

    @Test
    void readsBackEachEntryOfAChunkWhoseHeadersRepeatChangeOrComeInAnotherOrder() {
        Instant minute = Instant.parse("2026-03-01T10:00:00Z");
        Map<String, String> usual = new LinkedHashMap<>();
        usual.put("content-type", "application/json");
        usual.put("x-event", "invoice.paid");
        Map<String, String> reordered = new LinkedHashMap<>();
        reordered.put("x-event", "invoice.paid");
        reordered.put("content-type", "application/json");
        List<Map<String, String>> headers = List.of(usual, usual, Map.of("x-event", "refund"), reordered, usual, usual);
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            RequestLogEntry entry = anEntry(new WorkflowId(9), minute.plusSeconds(i));
            entries.add(sentWith(entry, i == 4 ? "PUT" : "POST", headers.get(i)));
        }

        requestLog.append(entries);

        for (RequestLogEntry entry : entries) {
            RequestLogEntry found = requestLog.find(entry.id()).orElseThrow();
            assertThat(found).isEqualTo(entry);
            assertThat(found.headers().keySet()).as("headers in the order they came").containsExactlyElementsOf(entry.headers().keySet());
        }
    }

    @Test
    void readsBackEntriesOfInterleavedWorkflowsWhoseHeadersRepeatFromOneChunkToTheNext() {
        Instant minute = Instant.parse("2026-03-01T11:00:00Z");
        Map<String, String> usual = Map.of("content-type", "application/json");
        Map<String, String> other = Map.of("content-type", "text/plain", "x-event", "refund");
        List<RequestLogEntry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) { // three workflows in turn, each entry's predecessor in another chunk
            RequestLogEntry entry = anEntry(new WorkflowId(20 + i % 3), minute.plusSeconds(i));
            entries.add(sentWith(entry, entry.method(), i % 4 == 3 ? other : usual));
        }

        requestLog.append(entries);

        for (RequestLogEntry entry : entries) {
            assertThat(requestLog.find(entry.id())).contains(entry);
        }
    }

    /** {@code entry} as if sent with {@code method} and {@code headers}. */
    private static RequestLogEntry sentWith(RequestLogEntry entry, String method, Map<String, String> headers) {
        return new RequestLogEntry(entry.id(), entry.receivedAt(), entry.workflowId(), method, entry.path(),
                entry.query(), headers, entry.body(), entry.tokenData(), entry.authOutcome(), entry.status(),
                entry.responseHeaders(), entry.responseBody(), entry.durationMs(), entry.runId(), entry.trace(),
                entry.replayOf());
    }

    @Test
    void storesAReplacedNulCharacter() {
        // PostgreSQL text cannot hold NUL; the domain replaces it before an entry reaches storage.
        RequestLogEntry entry = anEntry(new WorkflowId(9), Instant.parse("2026-03-01T10:00:00Z"));
        RequestLogEntry binary = new RequestLogEntry(entry.id(), entry.receivedAt(), entry.workflowId(), entry.method(),
                entry.path(), entry.query(), entry.headers(), RecordedBody.of(new byte[]{'a', 0, 'b'}, 100),
                entry.tokenData(), entry.authOutcome(), entry.status(), entry.responseHeaders(), entry.responseBody(),
                entry.durationMs(), entry.runId(), entry.trace(), entry.replayOf());

        requestLog.append(List.of(binary));

        assertThat(requestLog.find(binary.id()).orElseThrow().body().text()).isEqualTo("a\uFFFDb");
    }
}
