package io.dynamicendpoints.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failed attempts counted per key, with exponential back-off: after {@code freeFailures} in a row each
 * further failure makes the key wait twice as long as the one before (1 s, 2 s, 4 s ... up to
 * {@code maxWait}). A streak quiet for {@code forgetAfter} is forgotten. At most {@code capacity} keys
 * are kept: the one whose last failure is oldest goes first, so a flood of new keys costs bounded memory.
 */
final class FailureStreaks<K> {

    private final int freeFailures;
    private final Duration maxWait;
    private final Duration forgetAfter;
    private final int capacity;
    private final Clock clock;
    /** Ordered by last failure, oldest first: each failure moves its key to the end. */
    private final LinkedHashMap<K, Streak> streaks = new LinkedHashMap<>();

    FailureStreaks(int freeFailures, Duration maxWait, Duration forgetAfter, int capacity, Clock clock) {
        this.freeFailures = freeFailures;
        this.maxWait = maxWait;
        this.forgetAfter = forgetAfter;
        this.capacity = capacity;
        this.clock = clock;
    }

    /** How long the key must still wait before its next attempt is checked; zero when it may go now. */
    synchronized Duration waitFor(K key) {
        Streak streak = streaks.get(key);
        Instant now = clock.instant();
        return streak == null || !now.isBefore(streak.lockedUntil()) ? Duration.ZERO : Duration.between(now, streak.lockedUntil());
    }

    synchronized void failed(K key) {
        Instant now = clock.instant();
        forgetQuietStreaks(now);
        Streak previous = streaks.remove(key);
        int failures = previous == null ? 1 : previous.failures() + 1;
        streaks.put(key, new Streak(failures, now, now.plus(waitAfter(failures))));
        Iterator<K> oldestFirst = streaks.keySet().iterator();
        while (streaks.size() > capacity) {
            oldestFirst.next();
            oldestFirst.remove();
        }
    }

    /** Takes back one failure counted for an attempt that then succeeded, and the wait it added. */
    synchronized void forgive(K key) {
        Streak streak = streaks.get(key);
        if (streak == null) {
            return;
        }
        int failures = streak.failures() - 1;
        if (failures == 0) {
            streaks.remove(key);
        } else {
            streaks.put(key, new Streak(failures, streak.lastFailure(), streak.lastFailure().plus(waitAfter(failures))));
        }
    }

    synchronized void forget(K key) {
        streaks.remove(key);
    }

    synchronized int size() {
        return streaks.size();
    }

    private Duration waitAfter(int failures) {
        if (failures <= freeFailures) {
            return Duration.ZERO;
        }
        Duration wait = Duration.ofSeconds(1L << Math.min(failures - freeFailures - 1, 30));
        return wait.compareTo(maxWait) > 0 ? maxWait : wait;
    }

    private void forgetQuietStreaks(Instant now) {
        Iterator<Map.Entry<K, Streak>> oldestFirst = streaks.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            if (oldestFirst.next().getValue().lastFailure().plus(forgetAfter).isAfter(now)) {
                return;
            }
            oldestFirst.remove();
        }
    }

    private record Streak(int failures, Instant lastFailure, Instant lockedUntil) {
    }
}
