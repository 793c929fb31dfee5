package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestInstance;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The admin API's token attacks against the packaged jar, copied to an empty folder under another
 * name and started there as a user would, once on H2 and once on PostgreSQL, with the signing secret
 * set through configuration (the in-process battery covers the generated one).
 */
class PackagedJarAdminTokenIT {

    private static final Path JAR = Path.of("target", "dynamic-endpoints.jar");
    private static final String PASSWORD = "packaged-jar-admin-password";
    private static final String SECRET = "packaged-jar-secret-" + UUID.randomUUID();

    /** One platform per nested class; the battery's tests share it, as callers of one installation do. */
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    abstract static class AgainstTheJar extends AdminApiTokenBattery {

        private Path folder;
        private PlatformProcess platform;
        private final JsonMapper json = JsonMapper.createDefault();

        abstract Map<String, String> database(Path folder);

        @BeforeAll
        void start() throws Exception {
            folder = Files.createTempDirectory("jar-token-battery");
            Path jar = Files.copy(JAR, folder.resolve("app.jar"));
            Map<String, String> properties = new HashMap<>(database(folder));
            properties.put("dynamic-endpoints.admin.password", PASSWORD);
            properties.put("dynamic-endpoints.token.secret", SECRET);
            properties.put("dynamic-endpoints.admin-ui.enabled", "false");
            platform = PlatformProcess.startJar(folder, jar, properties);
        }

        @AfterAll
        void stop() throws Exception {
            platform.close();
            try (var files = Files.walk(folder)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }

        @Override
        protected String baseUrl() {
            return platform.baseUrl();
        }

        @Override
        protected String signingSecret() {
            return SECRET;
        }

        @Override
        protected String adminPassword() {
            return PASSWORD;
        }

        @Override
        protected JsonMapper json() {
            return json;
        }
    }

    @Nested
    class OnH2 extends AgainstTheJar {

        @Override
        Map<String, String> database(Path folder) {
            return Map.of();
        }
    }

    @Nested
    class OnPostgres extends AgainstTheJar {

        private final String schema = "jar_token_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

        @Override
        Map<String, String> database(Path folder) {
            return Map.of("datasources.default.url", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema,
                    "datasources.default.username", "postgres",
                    "datasources.default.password", "",
                    "flyway.datasources.default.default-schema", schema,
                    "flyway.datasources.default.create-schemas", "true");
        }

        @AfterAll
        void dropSchema() throws Exception {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "")) {
                connection.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
