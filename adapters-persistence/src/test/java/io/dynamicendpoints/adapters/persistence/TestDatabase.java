package io.dynamicendpoints.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;

/**
 * A database of one's own for a test class, as the Micronaut properties that point the default
 * datasource at it and let Flyway migrate it. Every instance is fresh, so test classes, repeated runs
 * and other builds using the same PostgreSQL server never see each other's rows.
 *
 * @param properties for a {@code TestPropertyProvider}
 * @param schema     the PostgreSQL schema to drop when done; empty for H2
 */
public record TestDatabase(Map<String, String> properties, String schema) {

    public static final String POSTGRES_HOST = "127.0.0.1";
    public static final int POSTGRES_PORT = 5432;
    private static final String POSTGRES_URL = "jdbc:postgresql://" + POSTGRES_HOST + ":" + POSTGRES_PORT + "/test";
    private static final String POSTGRES_USER = "postgres";
    /** The secrets key of every test database: given, so that no test writes a key file. */
    public static final String SECRETS_KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";

    /** A private in-memory H2 database in PostgreSQL mode, the way production runs H2. */
    public static TestDatabase h2() {
        String url = "jdbc:h2:mem:persistence-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        return new TestDatabase(Map.of(
                "datasources.default.url", url,
                "datasources.default.driver-class-name", "org.h2.Driver",
                "datasources.default.username", "sa",
                "datasources.default.password", "",
                "flyway.datasources.default.enabled", "true",
                "dynamic-endpoints.secrets.key", SECRETS_KEY), "");
    }

    /** A private, not yet existing schema on the local PostgreSQL server; Flyway creates it. */
    public static TestDatabase postgres() {
        String schema = "persistence_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return new TestDatabase(Map.of(
                "datasources.default.url", POSTGRES_URL + "?currentSchema=" + schema,
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "datasources.default.username", POSTGRES_USER,
                "datasources.default.password", "",
                "flyway.datasources.default.enabled", "true",
                "flyway.datasources.default.default-schema", schema,
                "flyway.datasources.default.create-schemas", "true",
                "dynamic-endpoints.secrets.key", SECRETS_KEY), schema);
    }

    /**
     * A connection of its own, outside the application's pool, the way another process sharing the
     * database would connect; it commits every statement.
     */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(properties.get("datasources.default.url"),
                properties.get("datasources.default.username"), properties.get("datasources.default.password"));
    }

    /** Runs statements on a connection of its own, as another process would; returns the rows changed. */
    public int execute(String... statements) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            int changed = 0;
            for (String sql : statements) {
                changed += statement.executeUpdate(sql);
            }
            return changed;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run " + String.join("; ", statements), e);
        }
    }

    /** Empties tables between tests, behind the adapters' backs. */
    public void empty(String... tables) {
        execute(Arrays.stream(tables).map(table -> "DELETE FROM " + table).toArray(String[]::new));
    }

    /** Removes the PostgreSQL schema and all in it; H2 memory databases go with the JVM. */
    public void drop() {
        if (schema.isEmpty()) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, POSTGRES_USER, "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop test schema " + schema, e);
        }
    }
}
