package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestLogContract;

/** Keeps the fake honest: it passes the same suite as the JDBC adapter. */
class InMemoryRequestLogTest extends RequestLogContract {

    @Override
    protected RequestLog emptyRequestLog() {
        return new InMemoryRequestLog();
    }
}
