package io.dynamicendpoints.app;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 28 from outside: with no host allowed, a workflow's {@code http_request} cannot reach a partner
 * listening on 127.0.0.1 under any spelling of that address, although the partner is up and would answer.
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.outbound.allowed-hosts", value = "")
class OutboundAddressSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;
    private PartnerServer partner;

    @BeforeEach
    void setUp() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        partner = new PartnerServer();
    }

    @AfterEach
    void tearDown() {
        partner.close();
    }

    @Test
    void refusesEverySpellingOfLoopbackAndNeverReachesThePartner() {
        int port = partner.port();
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("http://127.0.0.1:" + port + "/echo", "upstream_refused");
        expected.put("http://localhost:" + port + "/echo", "upstream_refused");
        expected.put("http://[::1]:" + port + "/echo", "upstream_refused");
        expected.put("http://[::127.0.0.1]:" + port + "/echo", "upstream_refused");
        expected.put("http://[::ffff:127.0.0.1]:" + port + "/echo", "upstream_refused");
        expected.put("http://[0:0:0:0:0:ffff:7f00:1]:" + port + "/echo", "upstream_refused");
        expected.put("http://[64:ff9b::7f00:1]:" + port + "/echo", "upstream_refused");
        expected.put("http://[2002:7f00:1::1]:" + port + "/echo", "upstream_refused");
        expected.put("http://2130706433:" + port + "/echo", "upstream_refused"); // 127.0.0.1 as one decimal
        // java.net.URI does not read these as host names at all, so they are never looked up.
        expected.put("http://0x7f.1:" + port + "/echo", "invalid_url");
        expected.put("http://127.1:" + port + "/echo", "invalid_url");

        for (Map.Entry<String, String> call : expected.entrySet()) {
            String url = admin.createWorkflow(admin.parse("""
                    {"name": "Partner call", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                     "steps": [{"id": "call", "type": "http_request", "method": "POST", "url": "%s",
                                "body": "{\\"leaked\\": true}", "store_as": "r", "timeout_ms": 1000}]}
                    """.formatted(call.getKey())));

            HttpResponse<String> reply = admin.send("POST", url, Map.of("Content-Type", "application/json"), "{}");

            assertThat(reply.statusCode()).as(call.getKey()).isEqualTo(502);
            assertThat(admin.parse(reply.body())).as(call.getKey()).containsEntry("reason", call.getValue());
        }
        assertThat(partner.received).isEmpty();
    }
}
