package io.dynamicendpoints.app;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * A schema of its own in the local PostgreSQL test database (127.0.0.1:5432, database {@code test},
 * user {@code postgres}), for a platform process that must run on PostgreSQL; dropped on close.
 */
final class PostgresSchema implements AutoCloseable {

    static final String HOST = "127.0.0.1";
    static final int PORT = 5432;
    private static final String USER = "postgres";

    private final String name = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresSchema() throws SQLException {
        try (Connection connection = connect(HOST, PORT)) {
            connection.createStatement().execute("CREATE SCHEMA " + name);
        }
    }

    /** Whether PostgreSQL accepts a TCP connection: tests that need it are skipped otherwise. */
    static boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(HOST, PORT), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** The platform's properties for this schema, reached at {@code host:port} (PostgreSQL itself, or a proxy). */
    Map<String, String> properties(String host, int port) {
        return Map.of(
                "datasources.default.url", url(host, port),
                "datasources.default.username", USER,
                "datasources.default.password", "",
                "datasources.default.driver-class-name", "org.postgresql.Driver",
                "flyway.datasources.default.default-schema", name,
                "flyway.datasources.default.create-schemas", "true");
    }

    Connection connect() throws SQLException {
        return connect(HOST, PORT);
    }

    private Connection connect(String host, int port) throws SQLException {
        return DriverManager.getConnection(url(host, port), USER, "");
    }

    private String url(String host, int port) {
        return "jdbc:postgresql://" + host + ":" + port + "/test?currentSchema=" + name;
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(HOST, PORT)) {
            connection.createStatement().execute("DROP SCHEMA " + name + " CASCADE");
        }
    }
}
