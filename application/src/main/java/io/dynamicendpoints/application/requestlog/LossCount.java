package io.dynamicendpoints.application.requestlog;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongFunction;
import java.util.logging.Logger;

/**
 * A count of what the request log gave up (requests it did not record, run traces it did not store),
 * with a warning logged at most every {@link #WARNING_INTERVAL}: loss is never silent, and a flood
 * of it does not flood the log. Thread-safe; counting is a {@link LongAdder} increment, cheap enough
 * for the listener's path.
 */
final class LossCount {

    static final Duration WARNING_INTERVAL = Duration.ofSeconds(10);

    private final Logger log;
    private final LongFunction<String> warning;
    private final LongAdder count = new LongAdder();
    private final AtomicLong lastWarningNanos = new AtomicLong(System.nanoTime() - WARNING_INTERVAL.toNanos());

    /** @param warning the warning's text, given the count since start */
    LossCount(Logger log, LongFunction<String> warning) {
        this.log = log;
        this.warning = warning;
    }

    void increment() {
        count.increment();
        long now = System.nanoTime();
        long last = lastWarningNanos.get();
        if (now - last >= WARNING_INTERVAL.toNanos() && lastWarningNanos.compareAndSet(last, now)) {
            log.warning(warning.apply(count.sum()));
        }
    }

    /** The count since start. */
    long sum() {
        return count.sum();
    }
}
