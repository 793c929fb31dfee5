package io.dynamicendpoints.adapters.persistence.record;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.application.port.RunTakenOverException;
import io.dynamicendpoints.application.port.StoreUnavailableException;
import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.port.VirtualRecords.StoredRecord;
import io.dynamicendpoints.application.port.VirtualRecordsContract;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link VirtualRecordsContract} against {@link JdbcVirtualRecords}, plus what only a shared
 * database adds: records written by other processes, and the row layout other tools may read. The H2
 * and PostgreSQL subclasses only choose the database.
 */
abstract class JdbcVirtualRecordsSuite extends VirtualRecordsContract {

    @Inject
    VirtualRecords records;
    @Inject
    WorkflowRuns runs;

    private static final Instant T0 = Instant.parse("2026-12-08T10:00:00Z");

    /** The database the subclass points the application at. */
    protected abstract TestDatabase database();

    @Override
    protected VirtualRecords emptyRecords() {
        database().empty("virtual_record");
        return records;
    }

    @Test
    void aRunExecutedAgainStoresItsStepsRecordOnce() throws SQLException {
        emptyRecords();
        String runId = runs.accept(new WorkflowId(1), Map.of(), "node-a", T0);
        RunClaim first = new RunClaim(runId, RunClaim.FIRST_ATTEMPT);

        long stored = records.create("once", Map.of("n", 1), first.effectOf("keep"));
        // The node died before the run was marked done; another node takes it over and runs it again.
        PendingRun again = runs.claimExpired("node-b", T0.plusSeconds(120), Duration.ofSeconds(60), 10).getFirst();
        long storedAgain = records.create("once", Map.of("n", 1), new RunClaim(runId, again.attempts()).effectOf("keep"));

        assertThat(storedAgain).isEqualTo(stored);
        assertThat(countRows("entity = 'once'")).isEqualTo(1);
    }

    @Test
    void anUpdateOfARunExecutedAgainIsCountedOnce() {
        emptyRecords();
        records.create("counter", Map.of("name", "hits", "value", 1));
        String runId = runs.accept(new WorkflowId(1), Map.of(), "node-a", T0);
        RunEffect effect = new RunClaim(runId, RunClaim.FIRST_ATTEMPT).effectOf("bump");

        assertThat(records.update("counter", Map.of("name", "hits"), Map.of("value", 2), effect)).isEqualTo(1);
        records.update("counter", Map.of("name", "hits"), Map.of("value", 9), effect);

        assertThat(records.findFirst("counter", Map.of("name", "hits")).orElseThrow().fields()).containsEntry("value", 2);
    }

    @Test
    void anAttemptThatLostItsRunStoresNothing() throws SQLException {
        emptyRecords();
        String runId = runs.accept(new WorkflowId(1), Map.of(), "node-a", T0);
        runs.claimExpired("node-b", T0.plusSeconds(120), Duration.ofSeconds(60), 10);
        RunEffect stale = new RunClaim(runId, RunClaim.FIRST_ATTEMPT).effectOf("keep");

        assertThatThrownBy(() -> records.create("fenced", Map.of("n", 1), stale)).isInstanceOf(RunTakenOverException.class);
        assertThatThrownBy(() -> records.update("fenced", Map.of(), Map.of("n", 2), stale))
                .isInstanceOf(RunTakenOverException.class);
        assertThat(countRows("entity = 'fenced'")).isZero();
    }

    @Test
    void aFinishedRunStoresNothingMore() throws SQLException {
        emptyRecords();
        String runId = runs.accept(new WorkflowId(1), Map.of(), "node-a", T0);
        RunClaim claim = new RunClaim(runId, RunClaim.FIRST_ATTEMPT);
        runs.finish(claim, false, null, T0.plusSeconds(1));

        assertThat(runs.find(runId)).map(PendingRun::status).contains("done");
        assertThatThrownBy(() -> records.create("late", Map.of("n", 1), claim.effectOf("keep")))
                .isInstanceOf(RunTakenOverException.class);
        assertThat(countRows("entity = 'late'")).isZero();
    }

    @Test
    void storesEveryRecordOfManyConcurrentCreatesBeforeAnsweringEach() throws Exception {
        emptyRecords();
        int writers = 48;
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Long>> ids = new java.util.ArrayList<>();
        try (java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < writers; i++) {
                int n = i;
                ids.add(threads.submit(() -> {
                    start.await();
                    long id = records.create("burst", Map.of("n", n));
                    // Answered only once committed: another connection already sees the row.
                    assertThat(countRows("id = " + id)).isEqualTo(1);
                    return id;
                }));
            }
            start.countDown();
            java.util.Set<Long> distinct = new java.util.HashSet<>();
            for (java.util.concurrent.Future<Long> id : ids) {
                distinct.add(id.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(writers);
        }
        assertThat(countRows("entity = 'burst'")).isEqualTo(writers);
    }

    private int countRows(String where) throws SQLException {
        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM virtual_record WHERE " + where);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }

    @Test
    void aFailingDatabaseIsReportedAsTheStoreBeingUnavailable() {
        emptyRecords();
        // The table gone for a moment: every statement fails in the database, as when it is down.
        database().execute("ALTER TABLE virtual_record RENAME TO virtual_record_away");
        try {
            assertThatThrownBy(() -> records.create("contact", Map.of("email", "a@example.org")))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> records.update("contact", Map.of(), Map.of("email", "b@example.org")))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> records.findFirst("contact", Map.of()))
                    .isInstanceOf(StoreUnavailableException.class);
            assertThatThrownBy(() -> records.newest("contact", 1)).isInstanceOf(StoreUnavailableException.class);
        } finally {
            database().execute("ALTER TABLE virtual_record_away RENAME TO virtual_record");
        }
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(records).isInstanceOf(JdbcVirtualRecords.class);
    }

    @Test
    void storesTheFieldsAsOneJsonObject() throws SQLException {
        long id = records.create("contact", Map.of("email", "a@example.org"));

        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT entity, fields, created_at, updated_at FROM virtual_record WHERE id = ?")) {
            select.setLong(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("entity")).isEqualTo("contact");
                assertThat(row.getString("fields")).isEqualTo("{\"email\":\"a@example.org\"}");
                assertThat(row.getTimestamp("created_at")).isNotNull();
                assertThat(row.getTimestamp("updated_at")).isNotNull();
            }
        }
    }

    @Test
    void findsAndUpdatesRecordsWrittenByAnotherProcess() {
        database().execute("INSERT INTO virtual_record (entity, fields, created_at, updated_at) VALUES "
                + "('contact', '{\"email\":\"b@example.org\",\"visits\":3}', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)");

        StoredRecord found = records.findFirst("contact", Map.of("email", "b@example.org", "visits", "3")).orElseThrow();
        int changed = records.update("contact", Map.of("email", "b@example.org"), Map.of("visits", 4));

        assertThat(found.fields()).isEqualTo(Map.of("email", "b@example.org", "visits", 3));
        assertThat(changed).isEqualTo(1);
        assertThat(records.newest("contact", 1).getFirst().fields()).containsEntry("visits", 4);
    }

    @Test
    void scansPastWholePagesOfRecords() {
        for (int i = 0; i < JdbcVirtualRecords.PAGE_SIZE * 2; i++) {
            records.create("event", Map.of("n", i));
        }
        long last = records.create("event", Map.of("n", "last"));

        assertThat(records.findFirst("event", Map.of("n", String.valueOf(JdbcVirtualRecords.PAGE_SIZE))))
                .map(StoredRecord::id).isPresent();
        assertThat(records.findFirst("event", Map.of("n", "last"))).map(StoredRecord::id).contains(last);
        assertThat(records.findFirst("event", Map.of("n", "absent"))).isEmpty();
    }
}
