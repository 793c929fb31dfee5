package io.dynamicendpoints.app;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.requestlog.RequestJournal;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A graceful shutdown loses no request: what is still queued for the request log when the platform
 * stops is stored before the database pool closes.
 */
class RequestLogShutdownSystemTest {

    private static final int REQUESTS = 20_000;

    @Test
    void shutdownStoresEverythingStillQueued() throws SQLException {
        String url = "jdbc:h2:mem:shutdown-" + UUID.randomUUID()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, Map.of(
                "datasources.default.url", url,
                "micronaut.server.port", -1,
                "dynamic-endpoints.request-log.queue-capacity", REQUESTS), "test");
        ApplicationContext context = server.getApplicationContext();
        PlatformClient admin = new PlatformClient(server.getURL().toString(), context.getBean(JsonMapper.class))
                .signedInAs("admin", "test-admin-password");
        String listenerUrl = admin.createWorkflow(PlatformClient.publishedWorkflow("data", "return_data", "ok"));
        String[] hashes = URI.create(listenerUrl).getPath().substring("/listener/".length()).split("/");
        Workflow workflow = context.getBean(PublishedEndpoints.class).find(hashes[0], hashes[1]).orElseThrow().workflow();
        RequestJournal journal = context.getBean(RequestJournal.class);

        for (int i = 0; i < REQUESTS; i++) {
            journal.record(new ListenerExchange(workflow, new IncomingRequest("POST", hashes[0], hashes[1], Map.of(),
                    Map.of("content-type", List.of("text/plain")), ("request " + i).getBytes(StandardCharsets.UTF_8)),
                    new DataResponse("ok", "text/html"), Instant.now(), 1_000, false));
        }
        int queuedAtShutdown = journal.queued();
        context.close();

        assertThat(journal.dropped()).isZero();
        assertThat(queuedAtShutdown).as("requests still queued when the platform stopped").isPositive();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet count = statement.executeQuery("SELECT SUM(entry_count) FROM request_log_chunk")) {
            count.next();
            assertThat(count.getLong(1)).isEqualTo(REQUESTS);
        }
    }
}
