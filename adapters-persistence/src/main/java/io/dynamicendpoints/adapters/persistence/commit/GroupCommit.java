package io.dynamicendpoints.adapters.persistence.commit;

import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Lets concurrent writers share one commit. Each commit costs the database a fixed price whatever
 * it holds (H2 with {@code WRITE_DELAY=0} serialises a new chunk to the file, PostgreSQL flushes its
 * WAL), so under load the writes that queue up while one commit runs go together in the next.
 *
 * <p>A caller queues its write and takes the lock; whoever holds it drains the queue, writes all of
 * it in one transaction and completes every waiter. A caller therefore returns only after its own
 * write is committed (durability is unchanged), and a lone caller pays no wait: with nobody else
 * queued it commits its write alone at once, as before. If the shared transaction fails, each write
 * is retried in a transaction of its own, so one bad write fails only its own caller.
 *
 * @param <I> what a caller writes
 * @param <R> what the write returns (a generated id)
 */
public final class GroupCommit<I, R> {

    private final TransactionOperations<Connection> transactions;
    private final Function<I, R> write;
    private final int maxBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final ConcurrentLinkedQueue<Pending<I, R>> queue = new ConcurrentLinkedQueue<>();

    /**
     * @param write    one write, run inside the transaction the group shares
     * @param maxBatch the most writes one transaction takes, bounding how long a commit holds the others
     */
    public GroupCommit(TransactionOperations<Connection> transactions, Function<I, R> write, int maxBatch) {
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.write = Objects.requireNonNull(write, "write");
        if (maxBatch < 1) {
            throw new IllegalArgumentException("maxBatch must be at least 1");
        }
        this.maxBatch = maxBatch;
    }

    /** Writes {@code item} and returns once it is committed, with its result or its failure. */
    public R submit(I item) {
        if (transactions.findTransactionStatus().isPresent()) {
            // Inside the caller's own transaction the write belongs to it and commits with it, not with others.
            return write.apply(item);
        }
        Pending<I, R> mine = new Pending<>(item);
        queue.add(mine);
        lock.lock();
        try {
            while (!mine.done) {
                List<Pending<I, R>> batch = drain();
                if (batch.isEmpty()) {
                    throw new IllegalStateException("A queued write vanished before it was committed");
                }
                commit(batch);
            }
        } finally {
            lock.unlock();
        }
        return mine.outcome();
    }

    private List<Pending<I, R>> drain() {
        List<Pending<I, R>> batch = new ArrayList<>();
        Pending<I, R> next;
        while (batch.size() < maxBatch && (next = queue.poll()) != null) {
            batch.add(next);
        }
        return batch;
    }

    private void commit(List<Pending<I, R>> batch) {
        if (batch.size() > 1) {
            try {
                List<R> results = transactions.executeWrite(status -> {
                    List<R> written = new ArrayList<>(batch.size());
                    for (Pending<I, R> pending : batch) {
                        written.add(write.apply(pending.item));
                    }
                    return written;
                });
                for (int i = 0; i < batch.size(); i++) {
                    batch.get(i).succeed(results.get(i));
                }
                return;
            } catch (RuntimeException | Error sharedFailed) {
                // fall through: find out whose write failed, one transaction each
            }
        }
        for (Pending<I, R> pending : batch) {
            try {
                pending.succeed(transactions.executeWrite(status -> write.apply(pending.item)));
            } catch (RuntimeException | Error failed) {
                pending.fail(failed);
            }
        }
    }

    /** One queued write; written and read only under the lock. */
    private static final class Pending<I, R> {
        private final I item;
        private boolean done;
        private R result;
        private Throwable failure;

        Pending(I item) {
            this.item = item;
        }

        void succeed(R value) {
            result = value;
            done = true;
        }

        void fail(Throwable cause) {
            failure = cause;
            done = true;
        }

        R outcome() {
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            return result;
        }
    }
}
