package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/**
 * The request log and the workflow engine over real HTTP (issue 6): an entry of a request that started
 * a run names the run and shows the steps it took, in the shape the builder's test returns, whatever
 * the reply kind; an async or streaming run's steps show once the run ended; a replay is a run of its own.
 */
@MicronautTest(transactional = false)
class RequestJournalRunSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;

    @BeforeEach
    void signIn() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    @Test
    void aContinueRunShowsItsIdAndEveryStepItTook() {
        Endpoint endpoint = create(WorkflowEngineSystemTest.EXAMPLE_1);

        HttpResponse<String> reply = admin.send("POST", endpoint.url(), JSON,
                "{\"invoice_amount\": 2500, \"customer_email\": \"trace@example.com\"}");
        assertThat(reply.body()).isEqualTo("{ \"status\": \"received\" }");

        Map<String, Object> entry = entry(onlyEntry(endpoint));
        assertThat((String) entry.get("run_id")).isNotBlank();
        List<Map<String, Object>> trace = trace(entry);
        assertThat(trace).extracting(step -> step.get("step_id")).containsExactly("has-email", "note", "ack");
        assertThat(trace).extracting(step -> step.get("kind"))
                .containsExactly("virtual_condition", "create_record", "endpoint_response");
        assertThat(trace).extracting(step -> step.get("outcome")).containsOnly("succeeded");
        assertThat(trace.getFirst().keySet()).containsExactlyInAnyOrderElementsOf(testTraceKeys(endpoint));
    }

    @Test
    void aFixedReplyAfterASyncRunShowsTheRunsSteps() {
        Endpoint endpoint = create("""
                {"name": "Sync ack", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "data", "return_data": "{\\"ok\\": true}"},
                 "steps": [{"id": "keep", "type": "store_value", "name": "seen", "value": "yes"}]}
                """);

        admin.send("POST", endpoint.url(), JSON, "{}");

        Map<String, Object> entry = entry(onlyEntry(endpoint));
        assertThat((String) entry.get("run_id")).isNotBlank();
        assertThat(trace(entry)).extracting(step -> step.get("step_id")).containsExactly("keep");
    }

    @Test
    void aCrossOriginRequestToARunGetsTheRunsAnswerWithCorsHeadersAndIsLoggedWithItsRun() {
        Endpoint endpoint = create("""
                {"name": "Cors run", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "continue", "allow_cors": true, "cors_domains": "https://app.example.com"},
                 "steps": [{"id": "answer", "type": "endpoint_response", "return_data": "{\\"ok\\": true}"}]}
                """);

        HttpResponse<String> reply = admin.send("POST", endpoint.url(),
                Map.of("Content-Type", "application/json", "Origin", "https://app.example.com"), "{}");

        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(reply.body()).isEqualTo("{\"ok\": true}");
        assertThat(reply.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        Map<String, Object> entry = entry(onlyEntry(endpoint));
        assertThat(((Map<?, ?>) entry.get("response")).get("headers")).asInstanceOf(MAP)
                .containsEntry("Access-Control-Allow-Origin", "https://app.example.com");
        assertThat(trace(entry)).extracting(step -> step.get("step_id")).containsExactly("answer");
    }

    @Test
    void anEndpointWithoutStepsStartsNoRun() {
        Endpoint endpoint = create("""
                {"name": "Plain", "run_mode": "sync", "published": true,
                 "listener": {"return_type": "data", "return_data": "{\\"ok\\": true}"}}
                """);

        admin.send("POST", endpoint.url(), JSON, "{}");

        Map<String, Object> entry = entry(onlyEntry(endpoint));
        assertThat(entry.get("run_id")).isNull();
        assertThat(trace(entry)).isEmpty();
    }

    @Test
    void anAsyncRunsEntryNamesTheRunAndShowsItsStepsOnceItEnded() {
        Endpoint endpoint = create("""
                {"name": "Async ack", "run_mode": "async", "published": true,
                 "listener": {"return_type": "data", "return_data": "{\\"accepted\\": true}"},
                 "steps": [{"id": "mark", "type": "create_record", "entity": "journal_async",
                            "fields": {"marker": "{{ __data.marker }}"}}]}
                """);

        HttpResponse<String> reply = admin.send("POST", endpoint.url(), JSON, "{\"marker\": \"A-1\"}");
        assertThat(reply.body()).isEqualTo("{\"accepted\": true}");

        Object id = onlyEntry(endpoint);
        assertThat((String) entry(id).get("run_id")).isNotBlank();
        Map<String, Object> ended = await(id, entry -> !trace(entry).isEmpty());
        assertThat(trace(ended)).extracting(step -> step.get("step_id")).containsExactly("mark");
    }

    @Test
    void anEventStreamsEntryNamesTheRunAndShowsItsStepsOnceTheStreamIsDone() {
        Endpoint endpoint = create("""
                {"name": "Stream", "run_mode": "sync", "published": true, "listener": {"return_type": "sse"},
                 "steps": [{"id": "hello", "type": "sse_event", "event": "progress", "data": "hi",
                            "then": [{"id": "bye", "type": "endpoint_response", "return_data": "done"}]}]}
                """);

        HttpResponse<String> stream = admin.send("POST", endpoint.url(), JSON, "{}");
        assertThat(stream.body()).contains("event: done");

        Object id = onlyEntry(endpoint);
        assertThat((String) entry(id).get("run_id")).isNotBlank();
        Map<String, Object> ended = await(id, entry -> !trace(entry).isEmpty());
        assertThat(trace(ended)).extracting(step -> step.get("step_id")).containsExactly("hello", "bye");
    }

    @Test
    void aReplayIsARunOfItsOwnThatPointsAtTheOriginal() {
        Endpoint endpoint = create(WorkflowEngineSystemTest.EXAMPLE_1);
        admin.send("POST", endpoint.url(), JSON, "{\"invoice_amount\": 10, \"customer_email\": \"replay@example.com\"}");
        Object originalId = onlyEntry(endpoint);
        Map<String, Object> original = entry(originalId);

        HttpResponse<String> replayed = admin.api("POST", "/api/requests/" + originalId + "/replay", null);

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        Map<String, Object> replay = admin.parse(replayed.body());
        assertThat(replay).containsEntry("replay_of", originalId).containsEntry("status", 200);
        assertThat((String) replay.get("run_id")).isNotBlank().isNotEqualTo(original.get("run_id"));
        assertThat(trace(replay)).extracting(step -> step.get("step_id")).containsExactly("has-email", "note", "ack");
        Map<String, Object> stored = entry(replay.get("id"));
        assertThat(stored).containsEntry("run_id", replay.get("run_id")).containsEntry("replay_of", originalId);
    }

    @Test
    void aReplayedAsyncRequestGetsARunOfItsOwn() {
        Endpoint endpoint = create("""
                {"name": "Async replay", "run_mode": "async", "published": true,
                 "listener": {"return_type": "continue"},
                 "steps": [{"id": "answer", "type": "endpoint_response", "return_data": "{\\"n\\": {{ __data.n }}}"}]}
                """);
        admin.send("POST", endpoint.url(), JSON, "{\"n\": 7}");
        Object originalId = onlyEntry(endpoint);
        Object originalRun = entry(originalId).get("run_id");

        HttpResponse<String> replayed = admin.api("POST", "/api/requests/" + originalId + "/replay", null);

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        Map<String, Object> replay = admin.parse(replayed.body());
        assertThat(replay).containsEntry("replay_of", originalId);
        assertThat((String) replay.get("run_id")).isNotBlank().isNotEqualTo(originalRun);
        assertThat(((Map<?, ?>) replay.get("response")).get("body")).isEqualTo("{\"n\": 7}");
        Map<String, Object> ended = await(replay.get("id"), entry -> !trace(entry).isEmpty());
        assertThat(trace(ended)).extracting(step -> step.get("step_id")).containsExactly("answer");
    }

    private record Endpoint(long id, String url) {
    }

    @SuppressWarnings("unchecked")
    private Endpoint create(String definition) {
        HttpResponse<String> created = admin.api("POST", "/api/workflows", admin.parse(definition));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Map<String, Object> document = admin.parse(created.body());
        return new Endpoint(((Number) document.get("id")).longValue(),
                (String) ((Map<String, Object>) document.get("listener")).get("url"));
    }

    /** The keys of a trace step as the builder's test shows them. */
    @SuppressWarnings("unchecked")
    private List<String> testTraceKeys(Endpoint endpoint) {
        HttpResponse<String> tested = admin.api("POST", "/api/workflows/" + endpoint.id() + "/test",
                Map.of("method", "POST", "body", Map.of("invoice_amount", 1, "customer_email", "test@example.com")));
        assertThat(tested.statusCode()).as(tested.body()).isEqualTo(200);
        List<Map<String, Object>> trace = (List<Map<String, Object>>) admin.parse(tested.body()).get("trace");
        return List.copyOf(trace.getFirst().keySet());
    }

    /** Waits until the background writer stored the endpoint's one entry; returns its id. */
    @SuppressWarnings("unchecked")
    private Object onlyEntry(Endpoint endpoint) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (true) {
            HttpResponse<String> page = admin.api("GET", "/api/workflows/" + endpoint.id() + "/requests", null);
            assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
            List<Map<String, Object>> items = (List<Map<String, Object>>) admin.parse(page.body()).get("items");
            if (!items.isEmpty() || System.nanoTime() > deadline) {
                assertThat(items).hasSize(1);
                return items.getFirst().get("id");
            }
            sleep();
        }
    }

    private Map<String, Object> entry(Object id) {
        HttpResponse<String> one = admin.api("GET", "/api/requests/" + id, null);
        assertThat(one.statusCode()).as(one.body()).isEqualTo(200);
        return admin.parse(one.body());
    }

    private Map<String, Object> await(Object id, Predicate<Map<String, Object>> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, Object> entry = entry(id);
        while (!condition.test(entry) && System.nanoTime() < deadline) {
            sleep();
            entry = entry(id);
        }
        return entry;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> trace(Map<String, Object> entry) {
        return (List<Map<String, Object>>) entry.get("trace");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
