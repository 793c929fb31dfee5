package io.dynamicendpoints.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * Workflow runs ({@code dynamic-endpoints.runs.*}).
 *
 * @param syncDeadline     a sync run's caller gets 504 after this long without a reply
 * @param asyncReplyWait   how long an async {@code continue} caller waits for an endpoint response
 * @param heartbeat        keep-alive interval of {@code sse} streams
 * @param workers          size of the pool that runs async (background) runs
 * @param queue            how many accepted async runs may wait for a worker before new ones wait in
 *                         the database for their lease to run out
 * @param lease            how long a node's claim on a run lasts without renewal; a run whose node
 *                         died is resumed by another after this
 * @param recoveryInterval how often leases are renewed and expired runs claimed
 * @param stopGrace        on a clean stop, how long runs in progress may take to finish before they are
 *                         interrupted and handed back (with every other unfinished run of this node)
 * @param timeZone         the account time zone of dates without one, in conditions
 */
@ConfigurationProperties("dynamic-endpoints.runs")
public record RunConfiguration(
        @Bindable(defaultValue = "30s") Duration syncDeadline,
        @Bindable(defaultValue = "20s") Duration asyncReplyWait,
        @Bindable(defaultValue = "10s") Duration heartbeat,
        @Bindable(defaultValue = "16") int workers,
        @Bindable(defaultValue = "1000") int queue,
        @Bindable(defaultValue = "60s") Duration lease,
        @Bindable(defaultValue = "5s") Duration recoveryInterval,
        @Bindable(defaultValue = "10s") Duration stopGrace,
        @Bindable(defaultValue = "UTC") String timeZone) {
}
