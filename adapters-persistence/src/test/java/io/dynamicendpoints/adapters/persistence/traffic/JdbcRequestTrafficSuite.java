package io.dynamicendpoints.adapters.persistence.traffic;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.RequestTraffic;
import io.dynamicendpoints.application.port.RequestTrafficContract;
import io.dynamicendpoints.application.port.Workflows;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The {@link RequestTrafficContract} against {@link JdbcRequestTraffic}; the H2 and PostgreSQL
 * subclasses only choose the database.
 */
abstract class JdbcRequestTrafficSuite extends RequestTrafficContract {

    @Inject
    Workflows workflows;
    @Inject
    RequestLog requestLog;
    @Inject
    RequestTraffic traffic;

    protected abstract TestDatabase database();

    @Override
    protected Stores emptyStores() {
        database().empty("request_log_chunk", "workflow");
        return new Stores(workflows, requestLog, traffic);
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(traffic).isInstanceOf(JdbcRequestTraffic.class);
    }
}
