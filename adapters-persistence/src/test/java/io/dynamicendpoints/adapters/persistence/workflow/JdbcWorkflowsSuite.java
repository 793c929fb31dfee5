package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.port.WorkflowsContract;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.workflow.Workflow;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import static io.dynamicendpoints.application.fake.WorkflowFixtures.aPublishedWorkflowWithAuthentication;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aWorkflowWithEveryStepKind;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The {@link WorkflowsContract} against {@link JdbcWorkflows}, plus what only a shared database
 * adds: changes made by other processes, and the row layout other tools may read. The H2 and
 * PostgreSQL subclasses only choose the database.
 */
abstract class JdbcWorkflowsSuite extends WorkflowsContract {

    @Inject
    Workflows workflows;

    @Inject
    WorkflowSecretSealing sealing;

    /** The database the subclass points the application at. */
    protected abstract TestDatabase database();

    @Override
    protected Workflows emptyWorkflows() {
        database().empty("workflow");
        return workflows;
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(workflows).isInstanceOf(JdbcWorkflows.class);
    }

    @Test
    void changeCountSeesChangesMadeByOtherProcesses() {
        long before = workflows.changeCount();

        database().execute("UPDATE workflow_change_counter SET change_count = change_count + 5");

        assertThat(workflows.changeCount()).isEqualTo(before + 5);
    }

    @Test
    void storesTheDefinitionAsJsonBesideItsColumns() throws SQLException {
        Workflow stored = workflows.add(aPublishedWorkflowWithAuthentication());

        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT name, run_mode, published, first_hash, second_hash, revision, definition, created_at,"
                             + " updated_at FROM workflow WHERE id = ?")) {
            select.setLong(1, stored.requireId().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                assertThat(row.getString("name")).isEqualTo(stored.name());
                assertThat(row.getString("run_mode")).isEqualTo("sync");
                assertThat(row.getBoolean("published")).isTrue();
                assertThat(row.getString("first_hash")).isEqualTo(stored.address().firstHash());
                assertThat(row.getString("second_hash")).isEqualTo(stored.address().secondHash());
                assertThat(row.getLong("revision")).isEqualTo(1);
                assertThat(row.getString("definition"))
                        .startsWith("{")
                        .contains("\"published\":true", "\"endpoint_secret\"")
                        .doesNotContain(stored.address().firstHash(), stored.address().secondHash());
                assertThat(row.getTimestamp("created_at")).isNotNull();
                assertThat(row.getTimestamp("updated_at")).isNotNull();
            }
        }
    }

    @Test
    void refusesToReadARowWhosePublishedColumnContradictsItsDefinition() {
        Workflow stored = workflows.add(aWorkflowWithEveryStepKind());
        database().execute("UPDATE workflow SET published = TRUE WHERE id = " + stored.requireId().value());

        assertThatThrownBy(() -> workflows.find(stored.requireId()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("published");
    }

    @Test
    void aWriteThatCannotBeCountedIsRolledBack() {
        database().execute("DELETE FROM workflow_change_counter");
        try {
            assertThatThrownBy(() -> workflows.add(aWorkflowWithEveryStepKind()))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("workflow_change_counter");

            assertThat(workflows.all()).isEmpty();
        } finally {
            database().execute("INSERT INTO workflow_change_counter (id, change_count) VALUES (1, 0)");
        }
    }

    @Test
    void storesTheEndpointSecretSealedNeverInClear() throws SQLException {
        Workflow stored = workflows.add(aPublishedWorkflowWithAuthentication());
        String secret = stored.listener().jwt().endpointSecret().template();

        assertThat(definition(stored)).doesNotContain(secret).contains("\"endpoint_secret\":\"enc:v1:");
        assertThat(workflows.find(stored.requireId()).orElseThrow().listener().jwt().endpointSecret().template())
                .isEqualTo(secret);
        Workflow replaced = workflows.replace(stored).orElseThrow();
        assertThat(definition(replaced)).doesNotContain(secret);
    }

    @Test
    void aSecretStoredInClearStillReadsAndIsSealedAtStart() throws SQLException {
        database().empty("workflow");
        Workflow stored = workflows.add(aPublishedWorkflowWithAuthentication());
        String secret = stored.listener().jwt().endpointSecret().template();
        setDefinition(stored, definition(stored).replaceFirst("\"enc:v1:[^\"]*\"", "\"" + secret + "\""));
        assertThat(definition(stored)).contains(secret);

        assertThat(workflows.find(stored.requireId()).orElseThrow().listener().jwt().endpointSecret().template())
                .isEqualTo(secret);
        assertThat(sealing.sealAll()).isEqualTo(1);

        assertThat(definition(stored)).doesNotContain(secret).contains("enc:v1:");
        assertThat(workflows.find(stored.requireId()).orElseThrow().revision()).isEqualTo(stored.revision());
        assertThat(sealing.sealAll()).isZero();
    }

    @Test
    void aSealedSecretThatDoesNotOpenLeavesItsEndpointRefusingEveryTokenAndTheOthersWorking() throws SQLException {
        database().empty("workflow");
        Workflow other = workflows.add(aPublishedWorkflowWithAuthentication()
                .withAddress(new EndpointAddress("a".repeat(32), "b".repeat(32))));
        Workflow stored = workflows.add(aPublishedWorkflowWithAuthentication());
        String definition = definition(stored);
        int at = definition.indexOf("enc:v1:") + 12;
        char flipped = definition.charAt(at) == 'A' ? 'B' : 'A';
        setDefinition(stored, definition.substring(0, at) + flipped + definition.substring(at + 1));

        String secret = stored.listener().jwt().endpointSecret().template();
        assertThat(workflows.find(stored.requireId()).orElseThrow().listener().jwt().endpointSecret().template())
                .isNotEqualTo(secret).hasSize(64);
        assertThat(workflows.published()).hasSize(2);
        assertThat(workflows.find(other.requireId()).orElseThrow().listener().jwt().endpointSecret().template())
                .isEqualTo(secret);
    }

    private String definition(Workflow workflow) throws SQLException {
        try (Connection connection = database().connect();
             PreparedStatement select = connection.prepareStatement("SELECT definition FROM workflow WHERE id = ?")) {
            select.setLong(1, workflow.requireId().value());
            try (ResultSet row = select.executeQuery()) {
                assertThat(row.next()).isTrue();
                return row.getString(1);
            }
        }
    }

    private void setDefinition(Workflow workflow, String definition) throws SQLException {
        try (Connection connection = database().connect();
             PreparedStatement update = connection.prepareStatement("UPDATE workflow SET definition = ? WHERE id = ?")) {
            update.setString(1, definition);
            update.setLong(2, workflow.requireId().value());
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
