package io.dynamicendpoints.app;

import io.dynamicendpoints.adapters.http.stop.Stopping;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import io.micronaut.management.health.indicator.annotation.Readiness;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;


/**
 * Readiness DOWN from the moment the stop begins. Why not only Micronaut's graceful-shutdown
 * indicator: it turns DOWN when the graceful shutdown starts, which comes after the drain delay in
 * which new requests are already refused; a probe must not call the node ready while it refuses.
 */
@Singleton
@Readiness
final class StopReadiness implements HealthIndicator {

    private final Stopping stopping;

    StopReadiness(Stopping stopping) {
        this.stopping = stopping;
    }

    @Override
    public Publisher<HealthResult> getResult() {
        return Publishers.just(HealthResult.builder("stopping", stopping.begun() ? HealthStatus.DOWN : HealthStatus.UP).build());
    }
}
