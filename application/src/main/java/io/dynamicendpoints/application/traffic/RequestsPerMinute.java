package io.dynamicendpoints.application.traffic;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Requests per minute over consecutive whole minutes, oldest first, zeros included. The last minute is
 * the current one, so it is still filling.
 *
 * @param firstMinute the first instant of the oldest minute
 * @param counts      one count per minute
 */
public record RequestsPerMinute(Instant firstMinute, List<Long> counts) {

    public RequestsPerMinute {
        Objects.requireNonNull(firstMinute, "firstMinute");
        if (!firstMinute.truncatedTo(ChronoUnit.MINUTES).equals(firstMinute)) {
            throw new IllegalArgumentException("Minutes start on a whole minute: " + firstMinute);
        }
        counts = List.copyOf(counts);
    }

    /** The first instant of minute {@code index} (0 is the oldest). */
    public Instant minute(int index) {
        return firstMinute.plus(index, ChronoUnit.MINUTES);
    }

    public long total() {
        return counts.stream().mapToLong(Long::longValue).sum();
    }

    /** The largest count of any minute, 0 when there were no requests. */
    public long peak() {
        return counts.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
