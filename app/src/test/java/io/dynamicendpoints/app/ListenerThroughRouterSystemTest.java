package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;

/**
 * The listener's specification again, with its direct route turned off: every listener request goes
 * through Micronaut's router to {@code ListenerController}, as escaped addresses and HTTP/2 always do,
 * and must be answered alike.
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.listener.direct-route", value = "false")
class ListenerThroughRouterSystemTest extends ListenerSystemTest {
}
