package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.RequestRecorder;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.logging.Logger;

/**
 * The bounded queue between the listener and the request log's writer. Recording only enqueues a
 * reference, so the listener never waits for storage; when the queue is full (by count or by body
 * bytes) the request is dropped, counted, and a warning is logged at most every
 * {@link #WARNING_INTERVAL}: loss is never silent.
 */
public final class RequestJournal implements RequestRecorder {

    static final Duration WARNING_INTERVAL = Duration.ofSeconds(10);
    /** What an exchange costs beyond its bodies: headers, maps, the records themselves; a rough guess. */
    private static final int OVERHEAD_BYTES = 1024;
    private static final Logger LOG = Logger.getLogger(RequestJournal.class.getName());

    private final ArrayBlockingQueue<ListenerExchange> queue;
    private final long maxQueuedBytes;
    private final AtomicLong queuedBytes = new AtomicLong();
    private final LongAdder dropped = new LongAdder();
    private final AtomicLong lastWarningNanos = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());

    public RequestJournal(int capacity, long maxQueuedBytes) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.maxQueuedBytes = maxQueuedBytes;
    }

    @Override
    public void record(ListenerExchange exchange) {
        long weight = weight(exchange);
        if (queuedBytes.addAndGet(weight) > maxQueuedBytes) {
            queuedBytes.addAndGet(-weight);
            drop();
        } else if (!queue.offer(exchange)) {
            queuedBytes.addAndGet(-weight);
            drop();
        }
    }

    /**
     * Waits up to {@code wait} for a first exchange, then collects more until it has {@code max} or
     * {@code linger} has passed since the first, whichever comes first; empty when nothing arrived in
     * time. A busy listener fills a batch long before the linger is over, so it never slows the
     * writer down; a quiet one gets its requests stored within the linger, in one batch.
     */
    public List<ListenerExchange> take(int max, Duration wait, Duration linger) throws InterruptedException {
        ListenerExchange first = queue.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
        if (first == null) {
            return List.of();
        }
        List<ListenerExchange> batch = new ArrayList<>(Math.min(max, Math.max(queue.size() + 1, 16)));
        batch.add(first);
        queue.drainTo(batch, max - batch.size());
        long deadline = System.nanoTime() + linger.toNanos();
        while (batch.size() < max) {
            long remaining = deadline - System.nanoTime();
            ListenerExchange next = remaining > 0 ? queue.poll(remaining, TimeUnit.NANOSECONDS) : null;
            if (next == null) {
                break;
            }
            batch.add(next);
            queue.drainTo(batch, max - batch.size());
        }
        release(batch);
        return batch;
    }

    /** Takes up to {@code max} queued exchanges without waiting. */
    public List<ListenerExchange> takeNow(int max) {
        List<ListenerExchange> batch = new ArrayList<>();
        queue.drainTo(batch, max);
        release(batch);
        return batch;
    }

    /** Requests that were not recorded because the queue was full, since start. */
    public long dropped() {
        return dropped.sum();
    }

    /** Requests waiting for the writer now. */
    public int queued() {
        return queue.size();
    }

    private void release(List<ListenerExchange> batch) {
        long weight = 0;
        for (ListenerExchange exchange : batch) {
            weight += weight(exchange);
        }
        queuedBytes.addAndGet(-weight);
    }

    private void drop() {
        dropped.increment();
        long now = System.nanoTime();
        long last = lastWarningNanos.get();
        if (now - last >= WARNING_INTERVAL.toNanos() && lastWarningNanos.compareAndSet(last, now)) {
            LOG.warning("The request log cannot keep up: its queue is full, so requests go unrecorded ("
                    + dropped.sum() + " dropped since start). The database may be slow or down.");
        }
    }

    private static long weight(ListenerExchange exchange) {
        return OVERHEAD_BYTES + exchange.request().body().length + 2L * responseLength(exchange.response());
    }

    private static long responseLength(ListenerResponse response) {
        return switch (response) {
            case ListenerResponse.DataResponse data -> data.body().length();
            case ListenerResponse.HtmlResponse html -> html.body().length();
            case ListenerResponse.WithHeaders decorated -> responseLength(decorated.response());
            default -> 0;
        };
    }
}
