package io.dynamicendpoints.adapters.persistence.traffic;

import io.dynamicendpoints.adapters.persistence.EnabledIfPostgresAnswers;
import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

import java.util.Map;

@EnabledIfPostgresAnswers
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JdbcRequestTrafficPostgresTest extends JdbcRequestTrafficSuite implements TestPropertyProvider {

    private final TestDatabase database = TestDatabase.postgres();

    @Override
    protected TestDatabase database() {
        return database;
    }

    @Override
    public Map<String, String> getProperties() {
        return database.properties();
    }

    @AfterAll
    void dropSchema() {
        database.drop();
    }
}
