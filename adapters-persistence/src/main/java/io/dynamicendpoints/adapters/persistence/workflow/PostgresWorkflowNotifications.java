package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.application.port.WorkflowChange;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Listens on PostgreSQL's {@value #CHANNEL} channel for the workflow changes that
 * {@link PostgresWorkflowChangeNotice} announces, and hands them to a {@link Receiver} in bursts: all
 * notices pending when one arrives go together, so a thousand changes cost a few reloads, not a
 * thousand.
 *
 * <p>It holds one connection of its own, outside the pool: a pooled connection would be taken from
 * request work for good, and the pool may close it at will. Any error (the server restarted, the
 * connection was killed or went silent) closes it, and it connects again with a growing back-off;
 * PostgreSQL keeps no notices for a node that is not listening, so after every (re)connect the
 * receiver is told to catch up from the database.
 */
public final class PostgresWorkflowNotifications implements AutoCloseable {

    /** The channel every node listens on; notices carry their schema, so installations can share a database. */
    public static final String CHANNEL = "workflow_changes";
    /** How a listening connection shows in {@code pg_stat_activity}, for operators. */
    public static final String APPLICATION_NAME = "dynamic-endpoints notifications";

    private static final Logger LOG = LoggerFactory.getLogger(PostgresWorkflowNotifications.class);
    private static final Duration LONGEST_RETRY = Duration.ofSeconds(5);
    /** How long one wait for a notice lasts; also how soon {@link #close()} is noticed. */
    private static final int WAIT_MILLIS = 500;
    /** After this long without a notice the connection is checked, so that a dead network is noticed. */
    private static final long CHECK_SILENCE_NANOS = Duration.ofSeconds(10).toNanos();

    /** What a node does with what it hears. */
    public interface Receiver {

        /** Just (re)connected and listening: changes made while nobody listened must be read from the database. */
        void listening();

        /** Changes announced since the last call, oldest first. */
        void changed(List<WorkflowChange> changes);
    }

    /** Where and as whom to connect: the default datasource's settings. */
    public record Database(String url, String username, String password) {
    }

    private final Database database;
    private final Duration firstRetry;
    private final Receiver receiver;
    private final Thread thread;
    private final AtomicInteger connections = new AtomicInteger();
    private volatile boolean closed;
    private volatile int backendPid;

    private PostgresWorkflowNotifications(Database database, Duration firstRetry, Receiver receiver) {
        this.database = Objects.requireNonNull(database, "database");
        this.firstRetry = Objects.requireNonNull(firstRetry, "firstRetry");
        this.receiver = Objects.requireNonNull(receiver, "receiver");
        this.thread = Thread.ofPlatform().daemon().name("workflow-notifications").unstarted(this::listen);
    }

    /** Starts listening on a thread of its own; returns at once. */
    public static PostgresWorkflowNotifications start(Database database, Duration firstRetry, Receiver receiver) {
        PostgresWorkflowNotifications notifications = new PostgresWorkflowNotifications(database, firstRetry, receiver);
        notifications.thread.start();
        return notifications;
    }

    /** The server process of the listening connection, 0 while not connected; tests end it to cut the connection. */
    public int backendPid() {
        return backendPid;
    }

    /** How many times it has connected and listened. */
    public int connections() {
        return connections.get();
    }

    private void listen() {
        Duration retry = firstRetry;
        while (!closed) {
            try (Connection connection = connect()) {
                String schema = currentSchema(connection);
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                backendPid = postgres.getBackendPID();
                connections.incrementAndGet();
                receiver.listening();
                retry = firstRetry;
                receive(connection, postgres, schema);
            } catch (SQLException | RuntimeException e) {
                backendPid = 0;
                if (closed) {
                    return;
                }
                LOG.warn("Not listening for workflow changes ({}); connecting again in {} ms, the poll covers meanwhile",
                        e.getMessage(), retry.toMillis());
                pause(retry);
                retry = retry.multipliedBy(2).compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : retry.multipliedBy(2);
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", database.username());
        properties.setProperty("password", database.password() == null ? "" : database.password());
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        Connection connection = DriverManager.getConnection(database.url(), properties);
        connection.setAutoCommit(true); // LISTEN takes effect on commit
        return connection;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT current_schema()")) {
            result.next();
            return result.getString(1);
        }
    }

    /** Waits for notices until closed; throws when the connection fails. */
    private void receive(Connection connection, PGConnection postgres, String schema) throws SQLException {
        long lastHeard = System.nanoTime();
        while (!closed) {
            PGNotification[] first = postgres.getNotifications(WAIT_MILLIS);
            if (first == null || first.length == 0) {
                if (System.nanoTime() - lastHeard > CHECK_SILENCE_NANOS) {
                    if (!connection.isValid(5)) {
                        throw new SQLException("the listening connection no longer answers");
                    }
                    lastHeard = System.nanoTime();
                }
                continue;
            }
            lastHeard = System.nanoTime();
            List<WorkflowChange> changes = new ArrayList<>();
            collect(first, schema, changes);
            // Whatever else already arrived goes into the same burst (no wait: getNotifications() only reads what is there).
            for (PGNotification[] more = postgres.getNotifications(); more != null && more.length > 0;
                 more = postgres.getNotifications()) {
                collect(more, schema, changes);
            }
            if (!changes.isEmpty()) {
                receiver.changed(changes);
            }
        }
    }

    private static void collect(PGNotification[] notifications, String schema, List<WorkflowChange> into) {
        for (PGNotification notification : notifications) {
            parse(notification.getParameter(), schema).ifPresent(into::add);
        }
    }

    /** A notice for {@code schema}, or empty for another installation's or one not understood. */
    static Optional<WorkflowChange> parse(String payload, String schema) {
        String[] parts = payload.split(" ");
        if (parts.length != 3 || !parts[0].equals(schema)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new WorkflowChange(new WorkflowId(Long.parseLong(parts[1])), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException e) {
            LOG.warn("Ignored a workflow notice not understood: {}", payload);
            return Optional.empty();
        }
    }

    private void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            closed = true;
        }
    }

    /** Stops listening and waits briefly for the thread to end. */
    @Override
    public void close() {
        closed = true;
        thread.interrupt();
        try {
            thread.join(Duration.ofMillis(2L * WAIT_MILLIS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
