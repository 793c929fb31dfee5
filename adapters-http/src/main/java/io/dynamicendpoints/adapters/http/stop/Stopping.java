package io.dynamicendpoints.adapters.http.stop;

import jakarta.inject.Singleton;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Whether the server is stopping, and what it answered since: the one flag every request path asks
 * before it starts work. Why a flag of our own: Micronaut's graceful shutdown closes idle connections
 * and finishes busy ones, but serves a request that arrives on a busy keep-alive connection meanwhile
 * like any other; the platform refuses it instead, so that no new work starts on a node that goes away.
 */
@Singleton
public final class Stopping {

    private volatile boolean begun;
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong refused = new AtomicLong();

    /** From now on new requests are refused. */
    void begin() {
        begun = true;
    }

    public boolean begun() {
        return begun;
    }

    /** A response was written on a connection; counted only once the stop has begun. */
    public void answered() {
        if (begun) {
            answered.incrementAndGet();
        }
    }

    /** A request was refused with 503 because the server is stopping. */
    public void refused() {
        refused.incrementAndGet();
    }

    /** Requests answered since the stop began other than by refusal: those that were in flight (and health checks). */
    long finished() {
        return Math.max(0, answered.get() - refused.get());
    }

    long refusedCount() {
        return refused.get();
    }
}
