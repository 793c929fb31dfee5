package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RequestTrafficContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryRequestTrafficTest extends RequestTrafficContract {

    @Override
    protected Stores emptyStores() {
        InMemoryRequestLog log = new InMemoryRequestLog();
        InMemoryWorkflows workflows = new InMemoryWorkflows();
        return new Stores(workflows, log, new InMemoryRequestTraffic(log, workflows));
    }
}
