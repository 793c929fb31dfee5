package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.RequestRecorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * The bounded queue between the listener and the request log's writer. Recording only enqueues a
 * reference, so the listener never waits for storage; when the queue is full (by count or by body
 * bytes) the request is dropped, counted, and a warning is logged at most every
 * {@link LossCount#WARNING_INTERVAL}: loss is never silent.
 *
 * <p>Lock-free on the listener's side: a compare-and-set queue with atomic counters for its bounds.
 * The writer polls it and sleeps briefly when it is empty, instead of waiting on a condition: a
 * blocking queue would wake the sleeping writer (a system call) on almost every request.
 */
public final class RequestJournal implements RequestRecorder {

    /** How long the writer sleeps when it finds the queue empty, waiting for a first request. */
    static final Duration IDLE_POLL = Duration.ofMillis(10);
    /**
     * How often a writer that is filling a batch takes what arrived: each request within about a
     * millisecond of its answer, while its objects are still in a cache near the core that made
     * them and before a young collection has to copy them, in small steady slices of work rather
     * than bursts that take a whole core from the listener. Polling every 10 ms cost the listener
     * about 8 points of throughput with the log on (bench/journal).
     */
    static final Duration BATCH_POLL = Duration.ofMillis(1);
    /** What an exchange costs beyond its bodies: headers, maps, the records themselves; a rough guess. */
    private static final int OVERHEAD_BYTES = 1024;
    private static final Logger LOG = Logger.getLogger(RequestJournal.class.getName());

    private final ConcurrentLinkedQueue<ListenerExchange> queue = new ConcurrentLinkedQueue<>();
    private final int capacity;
    private final long maxQueuedBytes;
    private final AtomicInteger queuedCount = new AtomicInteger();
    private final AtomicLong queuedBytes = new AtomicLong();
    private final LossCount dropped = new LossCount(LOG, count -> "The request log cannot keep up: its queue is full,"
            + " so requests go unrecorded (" + count + " dropped since start). The database may be slow or down.");

    public RequestJournal(int capacity, long maxQueuedBytes) {
        this.capacity = capacity;
        this.maxQueuedBytes = maxQueuedBytes;
    }

    @Override
    public void record(ListenerExchange exchange) {
        if (queuedCount.incrementAndGet() > capacity) {
            queuedCount.decrementAndGet();
            dropped.increment();
            return;
        }
        long weight = weight(exchange);
        if (queuedBytes.addAndGet(weight) > maxQueuedBytes) {
            queuedBytes.addAndGet(-weight);
            queuedCount.decrementAndGet();
            dropped.increment();
            return;
        }
        queue.offer(exchange);
    }

    /**
     * Waits up to {@code wait} for a first exchange, then takes up to {@code max} of those queued;
     * empty when nothing arrived in time. How long a batch fills is the writer's business
     * ({@link RequestLogWriter}): it takes again every {@link #BATCH_POLL} until its batch is complete.
     */
    public List<ListenerExchange> take(int max, Duration wait) throws InterruptedException {
        List<ListenerExchange> batch = new ArrayList<>();
        long waitUntil = System.nanoTime() + wait.toNanos();
        while (!drainInto(batch, max) && System.nanoTime() < waitUntil) {
            sleep(waitUntil);
        }
        return batch;
    }

    /** Takes up to {@code max} queued exchanges without waiting. */
    public List<ListenerExchange> takeNow(int max) {
        List<ListenerExchange> batch = new ArrayList<>();
        drainInto(batch, max);
        return batch;
    }

    /** Moves queued exchanges into {@code batch} until it holds {@code max}; whether it moved any. */
    private boolean drainInto(List<ListenerExchange> batch, int max) {
        int before = batch.size();
        long weight = 0;
        ListenerExchange next;
        while (batch.size() < max && (next = queue.poll()) != null) {
            batch.add(next);
            weight += weight(next);
        }
        int taken = batch.size() - before;
        if (taken > 0) {
            queuedBytes.addAndGet(-weight);
            queuedCount.addAndGet(-taken);
        }
        return taken > 0;
    }

    private static void sleep(long untilNanos) throws InterruptedException {
        long nanos = Math.min(IDLE_POLL.toNanos(), untilNanos - System.nanoTime());
        if (nanos > 0) {
            Thread.sleep(Duration.ofNanos(nanos));
        }
    }

    /** Requests that were not recorded because the queue was full, since start. */
    public long dropped() {
        return dropped.sum();
    }

    /** Requests waiting for the writer now. */
    public int queued() {
        return queuedCount.get();
    }

    /** What {@code exchange} counts for against the queue's bytes: its bodies, and a guess for the rest. */
    static long weight(ListenerExchange exchange) {
        return OVERHEAD_BYTES + exchange.request().body().length + 2L * responseLength(exchange.response());
    }

    /** The characters of the answer's body, which the log keeps. */
    static long responseLength(ListenerResponse response) {
        return switch (response) {
            case ListenerResponse.DataResponse data -> data.body().length();
            case ListenerResponse.HtmlResponse html -> html.body().length();
            case ListenerResponse.Decorated decorated -> responseLength(decorated.response());
            default -> 0;
        };
    }
}
