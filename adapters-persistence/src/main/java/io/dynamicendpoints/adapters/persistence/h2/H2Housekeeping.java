package io.dynamicendpoints.adapters.persistence.h2;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.h2.engine.Session;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Rewrites the embedded H2 file's sparse chunks, as H2's own background writer would.
 *
 * <p>Why: the platform opens H2 with {@code WRITE_DELAY=0}, so that a commit reaches the file before
 * the caller is answered. That also switches off H2's background writer, and with it the only caller
 * of its compaction (h2database issue #442). Every commit writes a new chunk; a chunk keeps a few live
 * pages long after the rest of it is obsolete; so the chunks, and the metadata H2 keeps in memory and
 * walks on every commit, grow without end, and so does the file. This job moves the live pages of
 * chunks below {@link #TARGET_FILL_RATE} into the next commit, a few megabytes at a time, so that the
 * old chunks die and are dropped. (The other half of the cure is the URL's {@code RETENTION_TIME}:
 * H2 keeps even a dead chunk 45 s by default, and rewrites none younger; a few minutes of benchmark
 * load left 105,000 chunks, and the collector busy on both cores.)
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:file:.*")
final class H2Housekeeping {

    /** Chunks whose live share is below this (percent) are rewritten; H2's background writer aims higher, we do less. */
    static final int TARGET_FILL_RATE = 50;
    /** Bytes of live pages one run rewrites at most, so that a run holds H2's store lock only briefly. */
    static final int WRITE_LIMIT = 4 * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(H2Housekeeping.class);

    private final TransactionOperations<Connection> transactions;

    H2Housekeeping(TransactionOperations<Connection> transactions) {
        this.transactions = transactions;
    }

    @Scheduled(fixedDelay = "${dynamic-endpoints.h2.housekeeping-interval:1s}", initialDelay = "10s")
    void run() {
        try {
            transactions.executeRead(status -> {
                housekeep(status.getConnection());
                return null;
            });
        } catch (RuntimeException e) {
            // A closing database (shutdown) or a busy store must not kill the schedule.
            LOG.debug("H2 housekeeping skipped: {}", e.getMessage());
        }
    }

    /** Compacts the file store behind {@code connection}, if it is an embedded H2 file; whether it rewrote anything. */
    static boolean housekeep(Connection connection) {
        MVStore store = mvStore(connection);
        if (store == null || store.isClosed() || store.getFileStore() == null) {
            return false;
        }
        boolean rewritten = store.compact(TARGET_FILL_RATE, WRITE_LIMIT);
        if (rewritten) {
            store.commit(); // stores the moved pages: the chunks they left are now dead, and dropped
        }
        return rewritten;
    }

    private static MVStore mvStore(Connection connection) {
        try {
            if (!connection.isWrapperFor(JdbcConnection.class)) {
                return null;
            }
            Session session = connection.unwrap(JdbcConnection.class).getSession();
            return session instanceof SessionLocal local ? local.getDatabase().getStore().getMvStore() : null;
        } catch (SQLException e) {
            return null;
        }
    }
}
