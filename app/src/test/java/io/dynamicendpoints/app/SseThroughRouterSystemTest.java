package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/** Live event streams again, served through Micronaut's router (the listener's direct route turned off). */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.runs.heartbeat", value = "300ms")
@Property(name = "dynamic-endpoints.listener.direct-route", value = "false")
class SseThroughRouterSystemTest extends SseSystemTest {
}
