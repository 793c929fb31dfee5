package io.dynamicendpoints.adapters.persistence.run;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.RunClaim;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.application.port.WorkflowRunsContract;
import io.micronaut.context.ApplicationContext;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link WorkflowRunsContract} against {@link JdbcWorkflowRuns}, plus what only a shared database
 * adds: runs written by other processes, and the row layout operators read. The second node of the
 * contract is a second application context on the same database, with its own connection pool, as
 * another process would be. The H2 and PostgreSQL subclasses only choose the database.
 */
abstract class JdbcWorkflowRunsSuite extends WorkflowRunsContract {

    @Inject
    WorkflowRuns runs;

    private ApplicationContext secondProcess;

    /** The database the subclass points the application at. */
    protected abstract TestDatabase database();

    @Override
    protected WorkflowRuns emptyRuns() {
        database().empty("workflow_run");
        return runs;
    }

    @Override
    protected WorkflowRuns secondNode(WorkflowRuns first) {
        if (secondProcess == null) {
            Map<String, Object> properties = new HashMap<>(database().properties());
            properties.put("flyway.datasources.default.enabled", "false");
            secondProcess = ApplicationContext.run(properties);
        }
        return secondProcess.getBean(WorkflowRuns.class);
    }

    @AfterAll
    void stopSecondProcess() {
        if (secondProcess != null) {
            secondProcess.close();
        }
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(runs).isInstanceOf(JdbcWorkflowRuns.class);
        assertThat(secondNode(runs)).isInstanceOf(JdbcWorkflowRuns.class).isNotSameAs(runs);
    }

    @Test
    void storesTheRunWithItsClaimAndTheCallersTimes() throws SQLException {
        String id = runs.accept(WORKFLOW, Map.of("order", 17), "node-a", T0);
        runs.finish(new RunClaim(id, RunClaim.FIRST_ATTEMPT), true, "HTTP call timed out", T0.plusSeconds(3));

        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT workflow_id, data, status, claimed_by,"
                     + " claimed_at, attempts, error, created_at, finished_at FROM workflow_run WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getLong("workflow_id")).isEqualTo(WORKFLOW.value());
                assertThat(row.getString("data")).isEqualTo("{\"order\":17}");
                assertThat(row.getString("status")).isEqualTo("failed");
                assertThat(row.getString("claimed_by")).isEqualTo("node-a");
                assertThat(row.getTimestamp("claimed_at").toInstant()).isEqualTo(T0);
                assertThat(row.getInt("attempts")).isEqualTo(1);
                assertThat(row.getString("error")).isEqualTo("HTTP call timed out");
                assertThat(row.getTimestamp("created_at").toInstant()).isEqualTo(T0);
                assertThat(row.getTimestamp("finished_at").toInstant()).isEqualTo(T0.plusSeconds(3));
            }
        }
    }

    @Test
    void claimsAPendingRunThatNobodyHolds() {
        String id = "11111111-2222-3333-4444-555555555555";
        database().execute("INSERT INTO workflow_run (id, workflow_id, data, status, attempts, created_at) VALUES ('"
                + id + "', 7, '{\"order\":18}', 'pending', 0, TIMESTAMP WITH TIME ZONE '2026-03-01 10:00:00+00')");

        assertThat(runs.unfinished()).isEqualTo(1);
        assertThat(runs.claimExpired("node-b", T0, LEASE, 10))
                .containsExactly(new PendingRun(id, WORKFLOW, Map.of("order", 18), "running", 1));
    }

    @Test
    void refusesAStatusOutsideTheFourStates() {
        assertThatThrownBy(() -> database().execute("INSERT INTO workflow_run (id, workflow_id, data, status, attempts,"
                + " created_at) VALUES ('x', 7, '{}', 'paused', 0, CURRENT_TIMESTAMP)"))
                .hasRootCauseInstanceOf(SQLException.class);
    }
}
