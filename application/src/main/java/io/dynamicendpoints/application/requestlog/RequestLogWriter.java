package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogBatch;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Empties the {@link RequestJournal} into the {@link RequestLog}, a batch at a time. The composition
 * root runs it on a thread of its own and calls {@link #drain()} on shutdown. A batch is stored
 * {@linkplain RequestLogBatch#parts() part by part}; an entry that cannot be made (or encoded) is
 * left out alone, a part the store refuses costs only its own entries, and both are counted in
 * {@link #failed()} and logged, never lost silently.
 */
public final class RequestLogWriter {

    /** Parts of a batch that fail in a row before the writer concludes the store is down and stops trying the rest. */
    private static final int FAILURES_BEFORE_GIVING_UP = 3;
    private static final Logger LOG = Logger.getLogger(RequestLogWriter.class.getName());

    /**
     * An encoded entry's bytes besides its bodies, a little more than usual: the first entry of a chunk
     * writes its path and headers out (about 500 bytes), the next ones refer to them (about 150).
     */
    static final int ENCODED_BYTES_BESIDES_BODIES = 256;

    private final RequestJournal journal;
    private final RequestLogEntries entries;
    private final RequestLog log;
    private final int batchSize;
    private final Duration linger;
    private final Duration sparseLinger;
    private final long maxBatchBytes;
    private final RequestLogFeed feed;
    private final LongAdder written = new LongAdder();
    private final LongAdder failed = new LongAdder();

    /**
     * @param linger how long a batch may wait to fill once a request arrived, so that a steady
     *               stream of requests is stored in few large batches rather than many small ones
     */
    public RequestLogWriter(RequestJournal journal, RequestLogEntries entries, RequestLog log, int batchSize,
                            Duration linger) {
        this(journal, entries, log, batchSize, linger, RequestLogFeed.direct());
    }

    /** @param feed told about every batch once it is stored (live views of the log) */
    public RequestLogWriter(RequestJournal journal, RequestLogEntries entries, RequestLog log, int batchSize,
                            Duration linger, RequestLogFeed feed) {
        this(journal, entries, log, batchSize, linger, linger, Long.MAX_VALUE, feed);
    }

    /**
     * @param sparseLinger  how long a {@linkplain RequestLogBatch#sparse() sparse} batch may fill, at
     *                      least {@code linger}: with traffic spread over a thousand endpoints, each
     *                      pack the store makes is a database row, and a second's packs hold a few
     *                      entries each
     * @param maxBatchBytes a batch takes no further request once the requests it took weigh this much
     *                      (as the journal weighs them: bodies and a guess for the rest), so that a
     *                      long linger cannot hold thousands of large bodies
     */
    public RequestLogWriter(RequestJournal journal, RequestLogEntries entries, RequestLog log, int batchSize,
                            Duration linger, Duration sparseLinger, long maxBatchBytes, RequestLogFeed feed) {
        if (sparseLinger.compareTo(linger) < 0) {
            throw new IllegalArgumentException("The sparse linger is at least the linger");
        }
        this.sparseLinger = sparseLinger;
        this.maxBatchBytes = maxBatchBytes;
        this.journal = journal;
        this.entries = entries;
        this.log = log;
        this.batchSize = batchSize;
        this.linger = linger;
        this.feed = feed;
    }

    /**
     * Waits up to {@code wait} for requests, then stores one batch of them: up to the batch size (or
     * the batch's bytes), taken as they arrive for at most the linger (the sparse linger while the
     * store finds the batch {@linkplain RequestLogBatch#sparse() sparse}), or until the store finds the
     * batch {@linkplain RequestLogBatch#full() full}. Each request becomes an entry, and enters the store's
     * batch, within about {@link RequestJournal#BATCH_POLL} of its answer, not when the batch
     * is full: see {@link RequestLogBatch} for why.
     *
     * @return how many entries were stored
     */
    public int writeNextBatch(Duration wait) throws InterruptedException {
        List<ListenerExchange> first = journal.take(batchSize, wait);
        if (first.isEmpty()) {
            return 0;
        }
        long started = System.nanoTime();
        long lingerUntil = started + linger.toNanos();
        long sparseUntil = started + sparseLinger.toNanos();
        Pending pending = new Pending();
        pending.add(first);
        for (long left = lingerLeft(pending.batch, lingerUntil, sparseUntil); pending.taken < batchSize
                && pending.weight < maxBatchBytes && !pending.batch.full() && left > 0;
             left = lingerLeft(pending.batch, lingerUntil, sparseUntil)) {
            Thread.sleep(Duration.ofNanos(Math.min(left, RequestJournal.BATCH_POLL.toNanos())));
            pending.add(journal.takeNow(batchSize - pending.taken));
        }
        return pending.store();
    }

    /** Nanoseconds the batch may still fill: the linger's, and once it is over, the sparse linger's while the batch is sparse. */
    private static long lingerLeft(RequestLogBatch batch, long lingerUntil, long sparseUntil) {
        long now = System.nanoTime();
        return now < lingerUntil || !batch.sparse() ? lingerUntil - now : sparseUntil - now;
    }

    /**
     * What a request weighs in a batch, which holds it encoded (see {@link RequestLogBatch}): its bodies
     * and {@link #ENCODED_BYTES_BESIDES_BODIES}. Weighed as the journal weighs a queued request (a
     * kilobyte for its objects besides the bodies), a batch of small requests ended at about 30,000 of
     * them, three quarters of a second at 40,000 requests a second: over 1,000 endpoints that made
     * chunks of 30 entries instead of 40, and a quarter more rows for the database.
     */
    static long batchWeight(ListenerExchange exchange) {
        return ENCODED_BYTES_BESIDES_BODIES + exchange.request().body().length
                + RequestJournal.responseLength(exchange.response());
    }

    /** Stores everything queued now, batch by batch: the last thing done on shutdown. */
    public int drain() {
        int stored = 0;
        for (List<ListenerExchange> taken = journal.takeNow(batchSize); !taken.isEmpty();
             taken = journal.takeNow(batchSize)) {
            Pending pending = new Pending();
            pending.add(taken);
            stored += pending.store();
        }
        return stored;
    }

    /** Entries stored since start. */
    public long written() {
        return written.sum();
    }

    /** Entries that could not be stored (the store refused them), since start. */
    public long failed() {
        return failed.sum();
    }

    /** One batch being filled: the store's, and the entries themselves only while someone watches the feed. */
    private final class Pending {

        private final RequestLogBatch batch = log.newBatch();
        private final List<RequestLogEntry> announced = feed.watchers() > 0 ? new ArrayList<>() : null;
        private int taken;
        private long weight;

        void add(List<ListenerExchange> exchanges) {
            taken += exchanges.size();
            for (ListenerExchange exchange : exchanges) {
                weight += batchWeight(exchange);
                RequestLogEntry entry;
                try {
                    entry = entries.entry(exchange, Optional.empty());
                    batch.add(entry);
                } catch (RuntimeException e) {
                    failed.increment();
                    LOG.log(Level.WARNING, "Could not turn a request into a log entry; it is not recorded", e);
                    continue;
                }
                if (announced != null) {
                    announced.add(entry);
                }
            }
        }

        /** Appends the batch part by part; a part the store refuses is lost, counted and logged. */
        int store() {
            if (batch.size() == 0) {
                return 0;
            }
            List<? extends RequestLogBatch> parts = batch.parts();
            int stored = 0;
            int failuresInARow = 0;
            RuntimeException firstFailure = null;
            for (RequestLogBatch part : parts) {
                if (failuresInARow >= FAILURES_BEFORE_GIVING_UP) {
                    failed.add(part.size());
                    continue;
                }
                try {
                    log.append(part);
                    stored += part.size();
                    failuresInARow = 0;
                } catch (RuntimeException e) {
                    failed.add(part.size());
                    failuresInARow++;
                    firstFailure = firstFailure == null ? e : firstFailure;
                }
            }
            written.add(stored);
            if (firstFailure != null) {
                LOG.log(Level.WARNING, "The request log could not store " + (batch.size() - stored) + " of a batch of "
                        + batch.size() + " entries (" + failed.sum() + " lost since start)", firstFailure);
            } else if (announced != null) {
                // Watchers hear only of batches stored whole: which entries a refused part held is not
                // known here, and a watcher can always read the log again.
                feed.stored(announced);
            }
            return stored;
        }
    }
}
