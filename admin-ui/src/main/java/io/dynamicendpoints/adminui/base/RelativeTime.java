package io.dynamicendpoints.adminui.base;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A moment as admins glance at it ("5 min ago") and as they read it exactly ("2026-03-01 10:30:20
 * UTC"). Exact times are in UTC, like the request log's timestamps, because the server cannot know
 * the reader's zone and a wrong local time is worse than a labelled UTC one.
 */
public final class RelativeTime {

    private static final DateTimeFormatter EXACT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

    private RelativeTime() {
    }

    /** How long before {@code now} {@code then} was, coarsely: "just now", "5 min ago", "3 h ago", "2 days ago". */
    public static String ago(Instant then, Instant now) {
        Duration age = Duration.between(then, now);
        if (age.compareTo(Duration.ofMinutes(1)) < 0) {
            // Also a moment slightly in the future: clocks of two processes sharing a database differ a little.
            return "just now";
        }
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            return age.toMinutes() + " min ago";
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            return age.toHours() + " h ago";
        }
        long days = age.toDays();
        return days == 1 ? "1 day ago" : days + " days ago";
    }

    /** The moment to the second, in UTC. */
    public static String exact(Instant moment) {
        return EXACT.format(moment);
    }

    /** The hour and minute in UTC ("10:30"), for chart axes. */
    public static String clock(Instant moment) {
        return CLOCK.format(moment);
    }
}
