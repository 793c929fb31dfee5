package io.dynamicendpoints.domain.traffic;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;

/** How many requests got an answer of each {@link StatusClass}. Immutable; {@link #plus} makes a new one. */
public final class StatusCounts {

    public static final StatusCounts NONE = new StatusCounts(new long[StatusClass.values().length]);

    private final long[] counts;

    private StatusCounts(long[] counts) {
        this.counts = counts;
    }

    /** These counts with {@code count} more requests of {@code statusClass}. */
    public StatusCounts plus(StatusClass statusClass, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("A count is never negative");
        }
        long[] more = counts.clone();
        more[statusClass.ordinal()] += count;
        return new StatusCounts(more);
    }

    /** These counts and {@code other}'s, class by class. */
    public StatusCounts plus(StatusCounts other) {
        long[] sum = counts.clone();
        for (int i = 0; i < sum.length; i++) {
            sum[i] += other.counts[i];
        }
        return new StatusCounts(sum);
    }

    public long of(StatusClass statusClass) {
        return counts[statusClass.ordinal()];
    }

    public long total() {
        return Arrays.stream(counts).sum();
    }

    /** Every class with its count, in class order, zeros included. */
    public Map<StatusClass, Long> asMap() {
        Map<StatusClass, Long> map = new EnumMap<>(StatusClass.class);
        for (StatusClass statusClass : StatusClass.values()) {
            map.put(statusClass, of(statusClass));
        }
        return map;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StatusCounts that && Arrays.equals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(counts);
    }

    @Override
    public String toString() {
        return "StatusCounts" + asMap();
    }
}
