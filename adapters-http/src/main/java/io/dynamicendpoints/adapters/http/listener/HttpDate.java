package io.dynamicendpoints.adapters.http.listener;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Date} header of listener replies, formatted once a second rather than once a reply.
 * Micronaut formats it for every response that has none (6 % of the event loops' samples under (a)
 * of the benchmark); a reply that brings its own is left alone. Written as HTTP's IMF-fixdate
 * (RFC 9110, section 5.6.7): always two digits of day, always GMT.
 */
final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final Clock clock;
    /** The second last formatted and its text, replaced together: readers on any thread see a matching pair. */
    private volatile Stamp last = new Stamp(Long.MIN_VALUE, "");

    HttpDate(Clock clock) {
        this.clock = clock;
    }

    /** The current second as an IMF-fixdate. */
    String now() {
        long second = Math.floorDiv(clock.millis(), 1000L);
        Stamp stamp = last;
        if (stamp.second != second) {
            stamp = new Stamp(second, IMF_FIXDATE.format(Instant.ofEpochSecond(second)));
            last = stamp;
        }
        return stamp.text;
    }

    private record Stamp(long second, String text) {
    }
}
