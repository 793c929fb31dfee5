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
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workflow engine over real HTTP: behaviour.md §15 cases 49–54 and the documented examples of §9,
 * with records stored in H2 and partner calls to a real HTTP server on loopback.
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.runs.async-reply-wait", value = "2s")
class WorkflowEngineSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    static final String EXAMPLE_1 = """
            {"name": "Invoice webhook", "run_mode": "sync", "published": true,
             "listener": {"return_type": "continue"},
             "steps": [
               {"id": "has-email", "type": "virtual_condition", "match": "all",
                "conditions": [{"left": "{{ __data.customer_email }}", "operator": "is_not_empty", "right": ""}],
                "yes": [
                  {"id": "note", "type": "create_record", "entity": "note",
                   "fields": {"contact_email": "{{ __data.customer_email }}",
                              "body": "Invoice raised: {{ formatCurrency(__data.invoice_amount, \\"€\\") }}"},
                   "then": [
                     {"id": "ack", "type": "endpoint_response", "return_type": "data",
                      "return_data": "{ \\"status\\": \\"received\\" }"}
                   ]}
                ],
                "no": [
                  {"id": "reject", "type": "endpoint_response", "return_type": "data",
                   "return_data": "{\\"error\\":\\"email required\\"}"}
                ]}
             ]}
            """;

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
    void exampleOneAcknowledgesAndCreatesANote() {
        String url = create(EXAMPLE_1);
        String email = "john+" + System.nanoTime() + "@example.com";

        HttpResponse<String> reply = admin.send("POST", url, JSON,
                "{\"invoice_amount\": 2500, \"customer_email\": \"" + email + "\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{ \"status\": \"received\" }");
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(notesFor(email)).singleElement().satisfies(note ->
                assertThat((String) note.get("body")).isEqualTo("Invoice raised: €2,500.00"));
    }

    @Test
    void exampleOneWithoutEmailAnswersTheErrorAndCreatesNothing() {
        String url = create(EXAMPLE_1);
        int notesBefore = records("note").size();

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{\"invoice_amount\": 2500}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"error\":\"email required\"}");
        assertThat(records("note")).hasSize(notesBefore);
    }

    @Test
    void syncFixedReplyEchoesWhatTheStepsProduced() {
        String url = create("""
                {"name": "Echo id", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "data",
                              "return_data": "{\\"id\\": {{ __data.__entity_inserted_id }}, \\"tier\\": \\"{{ __data.partner.json.customer.tier }}\\"}"},
                 "steps": [
                   {"id": "store", "type": "create_record", "entity": "ticket", "fields": {"title": "{{ __data.title }}"},
                    "then": [{"id": "ask", "type": "http_request", "method": "POST", "url": "%s",
                              "body": "{\\"title\\": \\"{{ __data.title }}\\"}", "store_as": "partner"}]}
                 ]}
                """.formatted(partner.url("/echo")));

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{\"title\": \"Broken printer\"}");

        Map<String, Object> body = admin.parse(reply.body());
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(body).containsEntry("tier", "gold");
        assertThat(((Number) body.get("id")).longValue()).isPositive();
        assertThat(partner.received).contains("{\"title\": \"Broken printer\"}");
    }

    @Test
    void endpointResponseCanRedirect() {
        String url = create("""
                {"name": "Thanks", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "go", "type": "endpoint_response", "return_type": "redirect",
                            "return_redirect": "https://example.com/thanks?ref={{ __data.ref }}"}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, FORM, "ref=R-9");

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValue("https://example.com/thanks?ref=R-9");
    }

    @Test
    void endpointResponseOverridesStatusAndHeaders() {
        String url = create("""
                {"name": "Created", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "made", "type": "endpoint_response", "return_type": "data",
                            "return_data": "{\\"created\\": true}", "status": 201,
                            "headers": {"X-Ref": "{{ __data.ref }}"}}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{\"ref\": \"abc\"}");

        assertThat(reply.statusCode()).isEqualTo(201);
        assertThat(reply.headers().firstValue("X-Ref")).hasValue("abc");
    }

    @Test
    void endpointResponseHeaderReplacesTheDetectedContentType() {
        String url = create("""
                {"name": "Typed", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "made", "type": "endpoint_response", "return_type": "data",
                            "return_data": "{\\"created\\": true}", "headers": {"Content-Type": "text/plain"}}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");

        assertThat(reply.headers().allValues("Content-Type")).containsExactly("text/plain");
        assertThat(reply.body()).isEqualTo("{\"created\": true}");
    }

    @Test
    void headerValueWithALineBreakIsNeverSent() {
        String url = create("""
                {"name": "Injected", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "made", "type": "endpoint_response", "return_type": "data",
                            "return_data": "ok", "headers": {"X-Ref": "{{ __data.ref }}"}}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{\"ref\": \"a\\r\\nX-Evil: 1\"}");

        assertThat(reply.statusCode()).isEqualTo(500);
        assertThat(reply.headers().firstValue("X-Evil")).isEmpty();
        assertThat(admin.parse(reply.body())).containsEntry("error", "internal_error");
    }

    @Test
    void pipelinedRequestsAreAnsweredInTheOrderSent() throws Exception {
        String url = create("""
                {"name": "Slow", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "wait", "type": "http_request", "url": "%s", "store_as": "w",
                            "then": [{"id": "made", "type": "endpoint_response", "return_type": "data",
                                      "return_data": "slow answer"}]}]}
                """.formatted(partner.url("/slow?ms=400")));
        String path = java.net.URI.create(url).getPath();

        // A slow listener run, then a health check, in one write on one connection.
        String answers;
        try (java.net.Socket socket = new java.net.Socket(server.getHost(), server.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 2\r\n\r\n{}GET /health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            answers = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }

        assertThat(answers).containsSubsequence("HTTP/1.1 200", "slow answer", "HTTP/1.1 200", "\"status\":\"UP\"");
    }

    @Test
    void syncRunWithoutEndpointResponseAnswersEmptyOk() {
        String url = create("""
                {"name": "Quiet", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "keep", "type": "store_value", "name": "seen", "value": "yes"}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void failingStepAnswersBadGatewayNamingTheStep() {
        String url = create("""
                {"name": "Broken partner", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "call", "type": "http_request", "url": "http://does-not-exist.invalid/x", "store_as": "r",
                            "then": [{"id": "ok", "type": "endpoint_response", "return_data": "never"}]}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(502);
        assertThat(admin.parse(reply.body())).containsEntry("error", "workflow_failed").containsEntry("step", "call")
                .containsEntry("reason", "upstream_unreachable")
                .containsEntry("message", "Step 'call' failed: upstream_unreachable");
        assertThat(reply.body()).doesNotContain("does-not-exist", "Unknown host");
    }

    @Test
    void everyFailedCallIsAnsweredWithItsClassOnly() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort(); // closed again before the call: nobody listens there
        }
        Map<String, String> expected = Map.of(
                partner.url("/slow?ms=2000&api_key=s3cr3t-key"), "upstream_timeout",
                "http://127.0.0.1:" + closedPort + "/hook?api_key=s3cr3t-key", "upstream_unreachable",
                "http://169.254.169.254/latest/meta-data?api_key=s3cr3t-key", "upstream_refused",
                "ftp://partner.example/hook?api_key=s3cr3t-key", "invalid_url");

        for (Map.Entry<String, String> call : expected.entrySet()) {
            String url = create("""
                    {"name": "Partner call", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                     "steps": [{"id": "call", "type": "http_request", "url": "%s", "store_as": "r", "timeout_ms": 300}]}
                    """.formatted(call.getKey()));

            HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");

            assertThat(reply.statusCode()).as(call.getKey()).isEqualTo(502);
            assertThat(admin.parse(reply.body())).as(call.getKey()).containsEntry("reason", call.getValue())
                    .containsEntry("message", "Step 'call' failed: " + call.getValue());
            assertThat(reply.body()).as(call.getKey())
                    .doesNotContain("api_key", "s3cr3t", "127.0.0.1", "169.254", "partner.example", "Exception");
        }
    }

    @Test
    void asyncContinueGivesTheCallerAResponseThatFiresInTime() {
        String url = create("""
                {"name": "Async quick", "run_mode": "async", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "wait", "type": "http_request", "url": "%s", "store_as": "w",
                            "then": [{"id": "answer", "type": "endpoint_response", "return_data": "{\\"done\\": true}"}]}]}
                """.formatted(partner.url("/slow?ms=500")));

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"done\": true}");
    }

    @Test
    void asyncContinueReleasesTheCallerAfterTheWaitAndTheRunGoesOn() {
        String marker = "late-" + System.nanoTime();
        String url = create("""
                {"name": "Async slow", "run_mode": "async", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "wait", "type": "http_request", "url": "%s", "store_as": "w",
                            "then": [{"id": "answer", "type": "endpoint_response", "return_data": "too late",
                                      "then": [{"id": "mark", "type": "create_record", "entity": "late",
                                                "fields": {"marker": "%s"}}]}]}]}
                """.formatted(partner.url("/slow?ms=3500"), marker));

        Instant started = Instant.now();
        HttpResponse<String> reply = admin.send("POST", url, JSON, "{}");
        Duration waited = Duration.between(started, Instant.now());

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
        assertThat(waited).isBetween(Duration.ofMillis(1500), Duration.ofMillis(3400));
        assertThat(eventually(() -> records("late").stream().anyMatch(r -> marker.equals(r.get("marker"))))).isTrue();
    }

    @Test
    void asyncFixedReplyAnswersAtOnceFromTheRequestAndRunsInTheBackground() {
        String marker = "bg-" + System.nanoTime();
        String url = create("""
                {"name": "Async ack", "run_mode": "async", "published": true,
                 "listener": {"return_type": "data", "return_data": "{\\"accepted\\": \\"{{ __data.marker }}\\"}"},
                 "steps": [{"id": "mark", "type": "create_record", "entity": "background", "fields": {"marker": "{{ __data.marker }}"}}]}
                """);

        HttpResponse<String> reply = admin.send("POST", url, JSON, "{\"marker\": \"" + marker + "\"}");

        assertThat(reply.body()).isEqualTo("{\"accepted\": \"" + marker + "\"}");
        assertThat(eventually(() -> records("background").stream().anyMatch(r -> marker.equals(r.get("marker"))))).isTrue();
    }

    @Test
    void exampleTwoCreatesThenUpdatesAContactAndRedirects() {
        String url = create("""
                {"name": "Sign-up form", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "redirect", "return_redirect": "https://example.com/thank-you"},
                 "steps": [
                   {"id": "lookup", "type": "find_record", "entity": "contact", "where": {"email": "{{ __data.email }}"},
                    "store_as": "contact",
                    "then": [{"id": "known", "type": "virtual_condition",
                              "conditions": [{"left": "{{ __data.contact.id }}", "operator": "not_empty"}],
                              "yes": [{"id": "update", "type": "update_record", "entity": "contact",
                                       "where": {"email": "{{ __data.email }}"},
                                       "fields": {"first_name": "{{ __data.first_name }}"}}],
                              "no": [{"id": "create", "type": "create_record", "entity": "contact",
                                      "fields": {"email": "{{ __data.email }}", "first_name": "{{ __data.first_name }}"}}]}]}
                 ]}
                """);
        String email = "sara" + System.nanoTime() + "@example.com";

        HttpResponse<String> first = admin.send("POST", url, FORM, "first_name=Sara&email=" + email);
        HttpResponse<String> second = admin.send("POST", url, FORM, "first_name=Sarah&email=" + email);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(first.headers().firstValue("Location")).hasValue("https://example.com/thank-you");
        assertThat(second.statusCode()).isEqualTo(302);
        assertThat(records("contact").stream().filter(c -> email.equals(c.get("email"))).toList())
                .singleElement().satisfies(contact -> assertThat(contact).containsEntry("first_name", "Sarah"));
    }

    @Test
    void exampleThreeLooksUpARecordForAnAuthenticatedCaller() {
        String customer = "C-" + System.nanoTime();
        admin.send("POST", create("""
                {"name": "Seed", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "seed", "type": "create_record", "entity": "customer",
                            "fields": {"number": "{{ __data.number }}", "plan": "pro"}}]}
                """), JSON, "{\"number\": \"" + customer + "\"}");
        String url = create("""
                {"name": "Lookup", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "continue", "add_authentication": true, "endpoint_key": "k1", "endpoint_secret": "s1"},
                 "steps": [{"id": "find", "type": "find_record", "entity": "customer",
                            "where": {"number": "{{ __data.__headers.__jwt_data[0].customer }}"}, "store_as": "found",
                            "then": [{"id": "answer", "type": "endpoint_response",
                                      "return_data": "{\\"plan\\": \\"{{ __data.found.plan }}\\"}"}]}]}
                """);
        String token = Tokens.hs256(Tokens.claims("k1", 300).claim("data", Map.of("customer", customer)).build(), "s1");

        HttpResponse<String> reply = admin.send("POST", url, Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + token), "{}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"plan\": \"pro\"}");
    }

    @Test
    void exampleFourAnswersPingsAndEventsDifferently() {
        String url = create("""
                {"name": "Ping or event", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "is-ping", "type": "virtual_condition",
                            "conditions": [{"left": "{{ __data.type }}", "operator": "equal", "right": "ping"}],
                            "yes": [{"id": "pong", "type": "endpoint_response", "return_data": "{\\"pong\\":true}"}],
                            "no": [{"id": "received", "type": "endpoint_response", "return_data": "{\\"status\\":\\"received\\"}"}]}]}
                """);

        assertThat(admin.send("POST", url, JSON, "{\"type\": \"ping\"}").body()).isEqualTo("{\"pong\":true}");
        assertThat(admin.send("POST", url, JSON, "{\"type\": \"order.created\"}").body())
                .isEqualTo("{\"status\":\"received\"}");
    }

    @Test
    void testApiRunsAnUnpublishedWorkflowAndShowsTheTrace() {
        Map<String, Object> created = admin.parse(admin.api("POST", "/api/workflows",
                admin.parse(EXAMPLE_1.replace("\"published\": true", "\"published\": false"))).body());

        HttpResponse<String> tested = admin.api("POST", "/api/workflows/" + created.get("id") + "/test",
                Map.of("method", "POST", "body", Map.of("invoice_amount", 10)));

        assertThat(tested.statusCode()).isEqualTo(200);
        Map<String, Object> result = admin.parse(tested.body());
        @SuppressWarnings("unchecked")
        Map<String, Object> response = (Map<String, Object>) result.get("response");
        assertThat(response).containsEntry("status", 200).containsEntry("body", "{\"error\":\"email required\"}");
        assertThat(tested.body()).contains("\"step_id\":\"has-email\"").contains("\"detail\":\"no\"")
                .contains("\"step_id\":\"reject\"");
    }

    private String create(String definition) {
        return admin.createWorkflow(admin.parse(definition));
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> records(String entity) {
        List<Map<String, Object>> records = (List<Map<String, Object>>) (Object) admin.parseList(
                admin.api("GET", "/api/records/" + entity + "?limit=500", null).body());
        return records.stream().map(record -> (Map<String, Object>) record.get("fields")).toList();
    }

    private List<Map<String, Object>> notesFor(String email) {
        return records("note").stream().filter(note -> email.equals(note.get("contact_email"))).toList();
    }

    static boolean eventually(java.util.function.BooleanSupplier condition) {
        return eventually(condition, 10);
    }

    static boolean eventually(java.util.function.BooleanSupplier condition, int seconds) {
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline)) {
            if (condition.getAsBoolean()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return condition.getAsBoolean();
    }
}
