package io.dynamicendpoints.adapters.persistence.commit;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Writers sharing commits each get their own answer: their result once committed, or their own failure. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GroupCommitH2Test implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.h2();

    @Inject
    TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @BeforeAll
    void createProbeTable() throws SQLException {
        try (Connection connection = database.connect(); Statement create = connection.createStatement()) {
            create.execute("CREATE TABLE group_commit_probe (v VARCHAR(40) PRIMARY KEY)");
        }
    }

    @Test
    void failsOnlyTheWriterWhoseWriteFailsAndCommitsEveryOther() throws Exception {
        GroupCommit<String, String> commits = new GroupCommit<>(transactions, this::insert, 8);
        int writers = 40;
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> answers = new ArrayList<>();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < writers; i++) {
                String value = i % 10 == 3 ? "bad-" + i : "good-" + i;
                answers.add(threads.submit(() -> {
                    start.await();
                    String written = commits.submit(value);
                    assertThat(count("v = '" + written + "'")).as("committed before answering").isEqualTo(1);
                    return written;
                }));
            }
            start.countDown();
            for (int i = 0; i < writers; i++) {
                if (i % 10 == 3) {
                    int n = i;
                    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> answers.get(n).get(60, TimeUnit.SECONDS)))
                            .isInstanceOf(ExecutionException.class).cause().hasMessage("refused bad-" + n);
                } else {
                    assertThat(answers.get(i).get(60, TimeUnit.SECONDS)).isEqualTo("good-" + i);
                }
            }
        }
        assertThat(count("v LIKE 'good-%'")).isEqualTo(36);
        assertThat(count("v LIKE 'bad-%'")).isZero();
    }

    @Test
    void joinsTheCallersOwnTransactionInsteadOfCommittingApart() throws SQLException {
        GroupCommit<String, String> commits = new GroupCommit<>(transactions, this::insert, 8);

        try {
            transactions.executeWrite(status -> {
                commits.submit("rolled-back");
                throw new IllegalStateException("the caller changes its mind");
            });
        } catch (IllegalStateException expected) {
            // rolled back with the caller's transaction
        }

        assertThat(count("v = 'rolled-back'")).isZero();
    }

    /** Inserts on the transaction's connection; a value starting with "bad" fails after its insert. */
    private String insert(String value) {
        try (PreparedStatement insert = transactions.getConnection()
                .prepareStatement("INSERT INTO group_commit_probe (v) VALUES (?)")) {
            insert.setString(1, value);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (value.startsWith("bad")) {
            throw new IllegalArgumentException("refused " + value);
        }
        return value;
    }

    private int count(String where) throws SQLException {
        try (Connection connection = database.connect();
             PreparedStatement select = connection.prepareStatement("SELECT COUNT(*) FROM group_commit_probe WHERE " + where);
             ResultSet row = select.executeQuery()) {
            row.next();
            return row.getInt(1);
        }
    }
}
