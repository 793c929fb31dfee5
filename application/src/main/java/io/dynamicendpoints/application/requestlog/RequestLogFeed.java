package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Tells whoever watches the request log (an admin's open log view) about entries once they are
 * stored, so a screen can show new requests as they arrive instead of being reloaded. Only stored
 * entries are announced: what a watcher shows can always be read again.
 *
 * <p>The writer must never wait for a watcher, so entries are handed over on a thread of the feed's
 * own ({@link #onOwnThread()}), one batch after the other, in the order they were stored. A watcher
 * that throws is logged and keeps its subscription; the others still get the batch.
 */
public final class RequestLogFeed implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RequestLogFeed.class.getName());

    private final CopyOnWriteArrayList<Consumer<List<RequestLogEntry>>> watchers = new CopyOnWriteArrayList<>();
    private final Executor delivery;
    private final ExecutorService owned;

    private RequestLogFeed(Executor delivery, ExecutorService owned) {
        this.delivery = delivery;
        this.owned = owned;
    }

    /** Delivers on the thread that stored the entries: for tests, and for writers nobody watches. */
    public static RequestLogFeed direct() {
        return new RequestLogFeed(Runnable::run, null);
    }

    /** Delivers on a daemon thread of its own, stopped by {@link #close()}. */
    public static RequestLogFeed onOwnThread() {
        ExecutorService executor = Executors.newSingleThreadExecutor(
                Thread.ofPlatform().name("request-log-feed").daemon(true).factory());
        return new RequestLogFeed(executor, executor);
    }

    /** A watcher's place in the feed; cancelling it stops deliveries (one already under way may finish). */
    public interface Subscription {
        void cancel();
    }

    /** {@code watcher} gets every batch stored from now on, newest last, possibly on another thread. */
    public Subscription subscribe(Consumer<List<RequestLogEntry>> watcher) {
        Objects.requireNonNull(watcher, "watcher");
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** How many watchers are subscribed now. */
    public int watchers() {
        return watchers.size();
    }

    /** Announces entries that were just stored; returns at once. */
    void stored(List<RequestLogEntry> entries) {
        if (entries.isEmpty() || watchers.isEmpty()) {
            return;
        }
        List<RequestLogEntry> batch = List.copyOf(entries);
        try {
            delivery.execute(() -> deliver(batch));
        } catch (RejectedExecutionException e) {
            // Closed on shutdown: nobody is watching any more.
        }
    }

    private void deliver(List<RequestLogEntry> batch) {
        for (Consumer<List<RequestLogEntry>> watcher : watchers) {
            try {
                watcher.accept(batch);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "A request log watcher failed on new entries; it stays subscribed", e);
            }
        }
    }

    @Override
    public void close() {
        watchers.clear();
        if (owned != null) {
            owned.shutdownNow();
        }
    }
}
