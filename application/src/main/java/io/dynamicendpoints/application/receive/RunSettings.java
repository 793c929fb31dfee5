package io.dynamicendpoints.application.receive;

import java.time.Duration;
import java.time.ZoneId;

/**
 * How long callers wait for runs and how streams are kept alive.
 *
 * @param syncDeadline   a sync run's caller gets 504 after this long without a reply (default 30 s)
 * @param asyncReplyWait an async {@code continue} caller waits this long for an endpoint response,
 *                       then gets 200 with an empty body while the run goes on (documented: 20 s)
 * @param heartbeat      interval of keep-alive comments on {@code sse} streams
 * @param zone           the account time zone for dates without one in conditions
 */
public record RunSettings(Duration syncDeadline, Duration asyncReplyWait, Duration heartbeat, ZoneId zone) {

    public static RunSettings defaults() {
        return new RunSettings(Duration.ofSeconds(30), Duration.ofSeconds(20), Duration.ofSeconds(10), ZoneId.of("UTC"));
    }
}
