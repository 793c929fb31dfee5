package io.dynamicendpoints.adapters.persistence.workflow;

import io.micronaut.context.annotation.Requires;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Announces a workflow change on PostgreSQL's {@value PostgresWorkflowNotifications#CHANNEL} channel,
 * inside the transaction of the change, so that PostgreSQL delivers it to every listening node on
 * commit and drops it on rollback. Sent by {@link JdbcWorkflows} rather than a trigger because the
 * migrations are shared with H2, which has no {@code pg_notify}; every change passes through that one
 * adapter anyway.
 *
 * <p>The payload is {@code <schema> <workflow id> <change count>}: nodes of other installations on
 * the same database (another schema) ignore it, and the count lets a node notice a missed change.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
@Requires(property = "dynamic-endpoints.endpoints.notify", notEquals = "false")
final class PostgresWorkflowChangeNotice {

    private static final String NOTIFY = "SELECT pg_notify('" + PostgresWorkflowNotifications.CHANNEL
            + "', current_schema() || ' ' || ? || ' ' || change_count) FROM workflow_change_counter WHERE id = 1";

    private final TransactionOperations<Connection> transactions;

    PostgresWorkflowChangeNotice(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    /** Queues the notice in the current transaction, after the counter was advanced in it. */
    void send(long workflowId) {
        Connection connection = (Connection) transactions.findTransactionStatus()
                .orElseThrow(() -> new IllegalStateException("A workflow change is announced inside its transaction"))
                .getConnection();
        try (PreparedStatement statement = connection.prepareStatement(NOTIFY)) {
            statement.setLong(1, workflowId);
            try (ResultSet ignored = statement.executeQuery()) {
                // pg_notify returns void; the notice is queued in the transaction either way.
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not announce the change of workflow " + workflowId, e);
        }
    }
}
