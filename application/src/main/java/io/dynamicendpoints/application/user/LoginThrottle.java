package io.dynamicendpoints.application.user;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Slows down password guessing: after {@value #FREE_ATTEMPTS} failures for a user name, each further
 * attempt must wait twice as long as the previous one (1 s, 2 s, 4 s ... up to 15 minutes); attempts
 * made inside the wait are refused without checking the password. A success clears the record.
 */
public final class LoginThrottle {

    static final int FREE_ATTEMPTS = 5;
    static final Duration MAX_WAIT = Duration.ofMinutes(15);
    /** Bounded, so a flood of made-up names cannot grow memory without limit. */
    private static final int MAX_TRACKED = 10_000;

    private final Clock clock;
    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    public LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Whether an attempt for this name may be checked now. */
    public boolean permits(String username) {
        Failures record = failures.get(key(username));
        return record == null || !clock.instant().isBefore(record.lockedUntil());
    }

    public void failed(String username) {
        if (failures.size() >= MAX_TRACKED) {
            // Forget names that are not locked right now; a flood of made-up names must not lift real locks.
            Instant now = clock.instant();
            failures.values().removeIf(record -> !now.isBefore(record.lockedUntil()));
        }
        failures.compute(key(username), (name, record) -> {
            int count = record == null ? 1 : record.count() + 1;
            Instant now = clock.instant();
            if (count <= FREE_ATTEMPTS) {
                return new Failures(count, now);
            }
            long seconds = 1L << Math.min(count - FREE_ATTEMPTS - 1, 20);
            Duration wait = Duration.ofSeconds(seconds).compareTo(MAX_WAIT) > 0 ? MAX_WAIT : Duration.ofSeconds(seconds);
            return new Failures(count, now.plus(wait));
        });
    }

    public void succeeded(String username) {
        failures.remove(key(username));
    }

    private static String key(String username) {
        return username == null ? "" : username.toLowerCase(java.util.Locale.ROOT);
    }

    private record Failures(int count, Instant lockedUntil) {
    }
}
