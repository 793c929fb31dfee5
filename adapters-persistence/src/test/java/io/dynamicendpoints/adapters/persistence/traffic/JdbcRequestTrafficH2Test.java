package io.dynamicendpoints.adapters.persistence.traffic;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRequestTrafficH2Test extends JdbcRequestTrafficSuite implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.h2();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }
}
