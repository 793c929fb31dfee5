package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.app.PlatformClient.publishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

/** The listener over real HTTP, with workflows created through the admin API and stored in H2. */
@MicronautTest(transactional = false)
class ListenerSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient client;

    @BeforeEach
    void signIn() {
        client = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    @Test
    void dataReplyRendersJsonBodyFieldsWithJsonContentType() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data",
                "{\"status\": \"received\", \"ref\": \"{{ __data.case_ref }}\"}"));

        HttpResponse<String> reply = client.send("POST", url, JSON, "{\"case_ref\": \"C-1\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"status\": \"received\", \"ref\": \"C-1\"}");
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aReplyCarriesOneDateHeaderOfNowInHttpFormat() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "{\"status\": \"received\"}"));
        Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);

        HttpResponse<String> reply = client.send("POST", url, JSON, "{}");

        List<String> dates = reply.headers().allValues("Date");
        assertThat(dates).singleElement().asString()
                .matches("(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} [A-Z][a-z]{2} \\d{4} \\d{2}:\\d{2}:\\d{2} GMT");
        Instant date = DateTimeFormatter.RFC_1123_DATE_TIME.parse(dates.getFirst(), Instant::from);
        assertThat(date).isBetween(before, Instant.now());
    }

    @Test
    void dataReplyDetectsXmlAndHtml() {
        String xml = client.createWorkflow(publishedWorkflow("data", "return_data", "<?xml version=\"1.0\"?><ok/>"));
        String html = client.createWorkflow(publishedWorkflow("data", "return_data", "<html><body>Hi</body></html>"));

        assertThat(client.send("POST", xml, JSON, "{}").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/xml"));
        assertThat(client.send("POST", html, JSON, "{}").headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void emptyReturnDataAnswersOkWithoutBody() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", ""));

        HttpResponse<String> reply = client.send("POST", url, JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEmpty();
    }

    @Test
    void getRendersQueryParameters() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "{\"ping\": \"{{ __data.ping }}\"}"));

        HttpResponse<String> reply = client.send("GET", url + "?ping=1", Map.of(), null);

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ping\": \"1\"}");
    }

    @Test
    void putIsReadLikePost() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "{\"a\": {{ __data.a }}}"));

        HttpResponse<String> reply = client.send("PUT", url, JSON, "{\"a\": 1}");

        assertThat(reply.body()).isEqualTo("{\"a\": 1}");
    }

    @Test
    void formBodyFeedsAnHtmlReply() {
        String url = client.createWorkflow(publishedWorkflow("html", "return_html",
                "<html><body><h1>Thanks, {{ __data.first_name }}</h1></body></html>"));

        HttpResponse<String> reply = client.send("POST", url,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "first_name=Sara&email=sara%40example.com");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).contains("Thanks, Sara");
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("text/html"));
    }

    @Test
    void redirectAnswersFoundWithRenderedLocation() {
        String url = client.createWorkflow(publishedWorkflow("redirect", "return_redirect",
                "https://example.com/thank-you?ref={{ __data.case_ref }}"));

        HttpResponse<String> reply = client.send("POST", url,
                Map.of("Content-Type", "application/x-www-form-urlencoded"), "case_ref=C-1");

        assertThat(reply.statusCode()).isEqualTo(302);
        assertThat(reply.headers().firstValue("Location")).hasValue("https://example.com/thank-you?ref=C-1");
    }

    @Test
    void headersAreReadableByLowerCaseName() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data",
                "{{ __data.__headers['x-event-type'] }}"));

        HttpResponse<String> reply = client.send("POST", url,
                Map.of("Content-Type", "application/json", "X-Event-Type", "order.created"), "{}");

        assertThat(reply.body()).isEqualTo("order.created");
    }

    @Test
    void unknownHashesAnswerNotFoundAsJson() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "ok"));
        String wrongSecond = url.substring(0, url.length() - 4) + "0000";

        HttpResponse<String> reply = client.send("POST", wrongSecond, JSON, "{}");
        HttpResponse<String> unknown = client.send("POST",
                "/listener/00000000000000000000000000000000/00000000000000000000000000000000", JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(404);
        assertThat(client.parse(reply.body())).containsEntry("error", "not_found");
        assertThat(unknown.statusCode()).isEqualTo(404);
    }

    @Test
    void unpublishedWorkflowAnswersNotFound() {
        Map<String, Object> draft = Map.of("name", "Draft", "published", false,
                "listener", Map.of("return_type", "data", "return_data", "ok"));
        String url = client.createWorkflow(draft);

        assertThat(client.send("POST", url, JSON, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void otherMethodsAnswerMethodNotAllowedWithAllow() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "ok"));

        HttpResponse<String> reply = client.send("PATCH", url, JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(405);
        assertThat(reply.headers().firstValue("Allow")).hasValue("GET, POST, PUT, OPTIONS");
        assertThat(client.parse(reply.body())).containsEntry("error", "method_not_allowed");
    }

    @Test
    void headRunsNothingAndAnswers405() {
        String entity = "head_" + System.nanoTime();
        String url = created(Map.of("name", "Stores on every call", "run_mode", "sync", "published", true,
                "listener", Map.of("return_type", "data", "return_data", "ok"),
                "steps", List.of(Map.of("id", "save", "type", "create_record", "entity", entity,
                        "fields", Map.of("seen", "yes"))))).url();

        HttpResponse<String> reply = client.send("HEAD", url, Map.of(), null);

        assertThat(reply.statusCode()).isEqualTo(405);
        assertThat(reply.headers().firstValue("Allow")).hasValue("GET, POST, PUT, OPTIONS");
        assertThat(reply.body()).isEmpty();
        assertThat(client.parseList(client.api("GET", "/api/records/" + entity, null).body())).isEmpty();
        // The same endpoint does run for a method it takes: the empty list above is not a wrong entity.
        assertThat(client.send("GET", url, Map.of(), null).statusCode()).isEqualTo(200);
        assertThat(client.parseList(client.api("GET", "/api/records/" + entity, null).body())).hasSize(1);
    }

    @Test
    void refusesJavascriptRedirect() {
        String url = client.createWorkflow(publishedWorkflow("redirect", "return_redirect", "{{ __data.next }}"));

        HttpResponse<String> scripted = client.send("POST", url, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "next=%20JaVaScRiPt%3Aalert(document.cookie)");
        HttpResponse<String> elsewhere = client.send("POST", url, Map.of("Content-Type", "application/x-www-form-urlencoded"),
                "next=//evil.example/login");

        for (HttpResponse<String> reply : List.of(scripted, elsewhere)) {
            assertThat(reply.statusCode()).isEqualTo(500);
            assertThat(reply.headers().firstValue("Location")).isEmpty();
            assertThat(client.parse(reply.body())).containsEntry("error", "invalid_redirect");
        }
    }

    @Test
    void callerLearnsOnlyTheClassOfAFailedHttpRequest() {
        String secretUrl = "https://partner.example/hook?api_key=s3cr3t-key&note=not a url";
        Created endpoint = created(Map.of("name", "Partner call", "run_mode", "sync", "published", true,
                "listener", Map.of("return_type", "continue"),
                "steps", List.of(Map.of("id", "call", "type", "http_request", "url", secretUrl, "store_as", "partner"))));

        HttpResponse<String> reply = client.send("POST", endpoint.url(), JSON, "{}");

        assertThat(reply.statusCode()).isEqualTo(502);
        assertThat(client.parse(reply.body())).isEqualTo(Map.of("error", "workflow_failed", "step", "call",
                "reason", "invalid_url", "message", "Step 'call' failed: invalid_url"));
        assertThat(reply.body()).doesNotContain("partner.example", "api_key", "s3cr3t", "https:", "Exception");
        // Admins still read what went wrong: in the request journal's trace, and in the builder's test.
        Map<String, Object> logged = onlyTraceStep(journalEntry(endpoint.id()));
        assertThat(logged).containsEntry("step_id", "call").containsEntry("outcome", "failed");
        assertThat((String) logged.get("detail")).startsWith("invalid_url: Not a URL: " + secretUrl);
        Map<String, Object> tested = client.parse(client.api("POST", "/api/workflows/" + endpoint.id() + "/test",
                Map.of("method", "POST", "body", Map.of())).body());
        assertThat(tested.get("response").toString()).contains("invalid_url").doesNotContain("s3cr3t");
        assertThat((String) onlyTraceStep(tested).get("detail")).contains(secretUrl);
    }

    @Test
    void malformedJsonAnswersBadRequest() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "ok"));

        HttpResponse<String> reply = client.send("POST", url, JSON, "{\"a\": ");

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(client.parse(reply.body())).containsEntry("error", "invalid_json");
    }

    @Test
    void plainTextBodyLandsInRawBody() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "got: {{ __data.__raw_body }}"));

        HttpResponse<String> reply = client.send("POST", url, Map.of("Content-Type", "text/plain"), "hello world");

        assertThat(reply.body()).isEqualTo("got: hello world");
    }

    @Test
    void addressWithTrailingSlashReachesTheSameEndpoint() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "{\"ref\": \"{{ __data.ref }}\"}"));

        HttpResponse<String> reply = client.send("POST", url + "/", JSON, "{\"ref\": \"R-7\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ref\": \"R-7\"}");
    }

    @Test
    void addressWithEscapedCharactersIsDecoded() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "{\"ref\": \"{{ __data.ref }}\"}"));
        int first = url.indexOf("/listener/") + "/listener/".length();
        String escaped = url.substring(0, first) + "%" + Integer.toHexString(url.charAt(first)) + url.substring(first + 1);

        HttpResponse<String> reply = client.send("POST", escaped, JSON, "{\"ref\": \"R-8\"}");

        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ref\": \"R-8\"}");
    }

    @Test
    void everyAnswerCarriesARequestIdAndEchoesASaneOne() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "ok"));

        HttpResponse<String> echoed = client.send("POST", url, Map.of("Content-Type", "text/plain", "X-Request-Id", "order-42"), "x");
        HttpResponse<String> replaced = client.send("POST", url, Map.of("Content-Type", "text/plain", "X-Request-Id", "bad id!"), "x");
        HttpResponse<String> unknown = client.send("POST", "/listener/nope/nope", JSON, "{}");

        assertThat(echoed.headers().firstValue("X-Request-Id")).hasValue("order-42");
        assertThat(replaced.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotEqualTo("bad id!").isNotBlank());
        assertThat(unknown.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).isNotBlank());
    }

    @Test
    void bodyOverTheLimitAnswersPayloadTooLarge() {
        String url = client.createWorkflow(publishedWorkflow("data", "return_data", "ok"));
        byte[] elevenMegabytes = new byte[11 * 1024 * 1024];
        java.util.Arrays.fill(elevenMegabytes, (byte) 'a');

        HttpResponse<String> reply = client.sendBytes("POST", url, Map.of("Content-Type", "text/plain"), elevenMegabytes);

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(client.parse(reply.body())).containsEntry("error", "payload_too_large");
        assertThat(reply.headers().firstValue("X-Request-Id")).isPresent();
    }

    /** A workflow created through the admin API: its id and listener URL. */
    private record Created(long id, String url) {
    }

    @SuppressWarnings("unchecked")
    private Created created(Map<String, Object> definition) {
        HttpResponse<String> created = client.api("POST", "/api/workflows", definition);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> document = client.parse(created.body());
        return new Created(((Number) document.get("id")).longValue(),
                (String) ((Map<String, Object>) document.get("listener")).get("url"));
    }

    /** The workflow's one request journal entry, once the background writer stored it with its trace. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> journalEntry(long workflowId) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(10);
        while (true) {
            List<Map<String, Object>> items = (List<Map<String, Object>>) client.parse(
                    client.api("GET", "/api/workflows/" + workflowId + "/requests", null).body()).get("items");
            if (!items.isEmpty()) {
                Map<String, Object> entry = client.parse(
                        client.api("GET", "/api/requests/" + items.getFirst().get("id"), null).body());
                if (!((List<?>) entry.get("trace")).isEmpty() || System.nanoTime() > deadline) {
                    return entry;
                }
            }
            assertThat(System.nanoTime()).as("no journal entry within 10 s").isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyTraceStep(Map<String, Object> withTrace) {
        List<Map<String, Object>> trace = (List<Map<String, Object>>) withTrace.get("trace");
        assertThat(trace).hasSize(1);
        return trace.getFirst();
    }
}
