package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLog;
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
 * root runs it on a thread of its own and calls {@link #drain()} on shutdown. A batch the store
 * refuses is retried entry by entry so that one bad entry cannot take its neighbours with it; what
 * still fails is counted in {@link #failed()} and logged, never lost silently.
 */
public final class RequestLogWriter {

    /** Single-entry retries that fail in a row before the writer concludes the store is down. */
    private static final int FAILURES_BEFORE_GIVING_UP = 3;
    private static final Logger LOG = Logger.getLogger(RequestLogWriter.class.getName());

    private final RequestJournal journal;
    private final RequestLogEntries entries;
    private final RequestLog log;
    private final int batchSize;
    private final Duration linger;
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
        this.journal = journal;
        this.entries = entries;
        this.log = log;
        this.batchSize = batchSize;
        this.linger = linger;
        this.feed = feed;
    }

    /**
     * Waits up to {@code wait} for requests, then stores one batch of them.
     *
     * @return how many entries were stored
     */
    public int writeNextBatch(Duration wait) throws InterruptedException {
        List<ListenerExchange> batch = journal.take(batchSize, wait, linger);
        return batch.isEmpty() ? 0 : write(batch);
    }

    /** Stores everything queued now, batch by batch: the last thing done on shutdown. */
    public int drain() {
        int stored = 0;
        for (List<ListenerExchange> batch = journal.takeNow(batchSize); !batch.isEmpty();
             batch = journal.takeNow(batchSize)) {
            stored += write(batch);
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

    private int write(List<ListenerExchange> batch) {
        List<RequestLogEntry> converted = new ArrayList<>(batch.size());
        for (ListenerExchange exchange : batch) {
            try {
                converted.add(entries.entry(exchange, Optional.empty()));
            } catch (RuntimeException e) {
                failed.increment();
                LOG.log(Level.WARNING, "Could not turn a request into a log entry; it is not recorded", e);
            }
        }
        if (converted.isEmpty()) {
            return 0;
        }
        try {
            log.append(converted);
            written.add(converted.size());
            feed.stored(converted);
            return converted.size();
        } catch (RuntimeException batchFailure) {
            return writeOneByOne(converted, batchFailure);
        }
    }

    private int writeOneByOne(List<RequestLogEntry> converted, RuntimeException batchFailure) {
        List<RequestLogEntry> stored = new ArrayList<>(converted.size());
        int failuresInARow = 0;
        for (int i = 0; i < converted.size(); i++) {
            if (failuresInARow >= FAILURES_BEFORE_GIVING_UP) {
                int rest = converted.size() - i;
                failed.add(rest);
                break;
            }
            try {
                log.append(List.of(converted.get(i)));
                stored.add(converted.get(i));
                failuresInARow = 0;
            } catch (RuntimeException e) {
                failed.increment();
                failuresInARow++;
            }
        }
        written.add(stored.size());
        feed.stored(stored);
        LOG.log(Level.WARNING, "The request log could not store a batch of " + converted.size() + " entries; stored "
                + stored.size() + " one by one, lost " + (converted.size() - stored.size()) + " (" + failed.sum()
                + " lost since start)", batchFailure);
        return stored.size();
    }
}
