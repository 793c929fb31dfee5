package io.dynamicendpoints.app;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads workflow runs use: a virtual thread per waiting caller (a sync run holds nothing but
 * its caller), a bounded pool for background runs (so a burst cannot start unbounded work), and one
 * scheduler for heartbeats and deadlines. Closed with the application context.
 */
record RunExecutors(ExecutorService runner, ExecutorService background, ScheduledExecutorService scheduler)
        implements AutoCloseable {

    static RunExecutors create(RunConfiguration configuration) {
        ThreadPoolExecutor background = new ThreadPoolExecutor(configuration.workers(), configuration.workers(),
                60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(configuration.queue()),
                Thread.ofVirtual().name("background-run-", 0).factory());
        return new RunExecutors(Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("run-", 0).factory()),
                background, Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("run-scheduler").factory()));
    }

    @Override
    public void close() throws InterruptedException {
        scheduler.shutdownNow();
        background.shutdown();
        runner.shutdown();
        // Background runs are durable: whatever does not finish now resumes after the lease.
        background.awaitTermination(5, TimeUnit.SECONDS);
        runner.awaitTermination(5, TimeUnit.SECONDS);
    }
}
