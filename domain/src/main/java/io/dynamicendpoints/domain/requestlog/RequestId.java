package io.dynamicendpoints.domain.requestlog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.random.RandomGenerator;

/**
 * Identity of a request log entry: a time-ordered UUID (version 7: milliseconds since the epoch, then
 * random bits), so that ids generated on several nodes never clash, sort roughly by arrival, and
 * append to the end of a database index instead of splitting pages all over it.
 */
public record RequestId(UUID value) implements Comparable<RequestId> {

    public RequestId {
        Objects.requireNonNull(value, "value");
    }

    /** A new id for a request received at {@code receivedAt}. */
    public static RequestId generate(Instant receivedAt, RandomGenerator random) {
        long millis = receivedAt.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        long mostSignificant = (millis << 16) | 0x7000L | (random.nextLong() & 0x0FFFL);
        long leastSignificant = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new RequestId(new UUID(mostSignificant, leastSignificant));
    }

    /**
     * The smallest id a request received in the same millisecond as {@code at} can have: every id
     * generated earlier sorts below it, every one generated then or later does not. Lets storage
     * find entries by arrival time on the id's own index.
     */
    public static RequestId smallestAt(Instant at) {
        long millis = at.toEpochMilli() & 0xFFFF_FFFF_FFFFL;
        return new RequestId(new UUID((millis << 16) | 0x7000L, 0x8000_0000_0000_0000L));
    }

    /** The id written as text, or empty when the text is not a UUID. */
    public static Optional<RequestId> parse(String text) {
        if (text == null || text.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RequestId(UUID.fromString(text)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Orders as the bytes of the UUID do, which is how PostgreSQL and H2 sort a {@code UUID} column. */
    @Override
    public int compareTo(RequestId other) {
        return compare(value, other.value);
    }

    /** {@link #compareTo} for bare UUIDs, for code that reads many ids without wrapping each one. */
    public static int compare(UUID one, UUID other) {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
