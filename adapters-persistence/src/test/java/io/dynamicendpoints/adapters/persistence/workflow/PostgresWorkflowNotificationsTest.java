package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.adapters.persistence.EnabledIfPostgresAnswers;
import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.WorkflowChange;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import static io.dynamicendpoints.application.fake.WorkflowFixtures.aPublishedWorkflowWithAuthentication;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The notices {@link JdbcWorkflows} sends on PostgreSQL, as {@link PostgresWorkflowNotifications}
 * hears them on a connection of its own: one per committed change, with contiguous counts, none for
 * other schemas, and a fresh "listening" after the connection is cut.
 */
@EnabledIfPostgresAnswers
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresWorkflowNotificationsTest implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.postgres();
    private final List<WorkflowChange> heard = new CopyOnWriteArrayList<>();
    private final AtomicInteger listening = new AtomicInteger();
    private PostgresWorkflowNotifications notifications;

    @Inject
    Workflows workflows;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @BeforeEach
    void listen() {
        heard.clear();
        listening.set(0);
        notifications = PostgresWorkflowNotifications.start(new PostgresWorkflowNotifications.Database(
                database.properties().get("datasources.default.url"), "postgres", ""), Duration.ofMillis(50),
                new PostgresWorkflowNotifications.Receiver() {
                    @Override
                    public void listening() {
                        listening.incrementAndGet();
                    }

                    @Override
                    public void changed(List<WorkflowChange> changes) {
                        heard.addAll(changes);
                    }
                });
        waitFor(() -> listening.get() == 1);
    }

    @AfterEach
    void stop() {
        notifications.close();
    }

    @AfterAll
    void dropSchema() {
        database.drop();
    }

    @Test
    void hearsEveryCommittedChangeWithItsCount() {
        long before = workflows.changeCount();
        Workflow added = workflows.add(aPublishedWorkflowWithAuthentication());
        workflows.replace(added.unpublish());
        workflows.remove(added.requireId());

        waitFor(() -> heard.size() == 3);
        WorkflowId id = added.requireId();
        assertThat(heard).containsExactly(new WorkflowChange(id, before + 1), new WorkflowChange(id, before + 2),
                new WorkflowChange(id, before + 3));
    }

    @Test
    void ignoresNoticesOfOtherSchemasAndPayloadsItDoesNotKnow() {
        database.execute("NOTIFY " + PostgresWorkflowNotifications.CHANNEL + ", 'another_schema 1 1'",
                "NOTIFY " + PostgresWorkflowNotifications.CHANNEL + ", 'garbage'");
        Workflow added = workflows.add(aPublishedWorkflowWithAuthentication());

        waitFor(() -> !heard.isEmpty());
        assertThat(heard).extracting(WorkflowChange::workflow).containsExactly(added.requireId());
    }

    @Test
    void listensAgainAfterItsConnectionIsCut() throws SQLException {
        int cut = notifications.backendPid();

        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            statement.executeQuery("SELECT pg_terminate_backend(" + cut + ")").close();
        }

        waitFor(() -> listening.get() == 2);
        assertThat(notifications.backendPid()).isNotEqualTo(cut);
        Workflow added = workflows.add(aPublishedWorkflowWithAuthentication());
        waitFor(() -> heard.stream().anyMatch(change -> change.workflow().equals(added.requireId())));
    }

    private static void waitFor(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waited 5 s").isLessThan(deadline);
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
