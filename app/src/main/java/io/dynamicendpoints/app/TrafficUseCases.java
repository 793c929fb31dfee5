package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.application.traffic.ReadTraffic;
import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * Wires the traffic statistics the console shows. Its own factory, so that the request log's and the
 * listener's wiring stay as they are.
 */
@Factory
final class TrafficUseCases {

    @Singleton
    ReadTraffic readTraffic(RequestTraffic traffic, Clock clock) {
        return new ReadTraffic(traffic, clock);
    }
}
