package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.StartedRun;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.request;
import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.token;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAuthenticatedListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anotherAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** What an entry records of a request the real listener answered (issue 6, "what is recorded"). */
class RequestLogEntriesTest {

    private static final Map<String, String> JSON = Map.of("content-type", "application/json");

    private final RequestLogPlatform platform = new RequestLogPlatform();

    private RequestLogEntry entryOf(Workflow workflow, String method, Map<String, String> headers, String body) {
        platform.listener.receive(request(workflow, method, headers, body));
        return platform.entries.entry(platform.lastExchange(), Optional.empty());
    }

    @Test
    void recordsRequestAnswerAndTiming() {
        Workflow workflow = platform.publish(aDataListener("{\"ref\": \"{{ __data.ref }}\"}"));

        RequestLogEntry entry = entryOf(workflow, "POST", JSON, "{\"ref\": \"C-1\"}");

        assertThat(entry.workflowId()).isEqualTo(workflow.requireId());
        assertThat(entry.receivedAt()).isEqualTo(RequestLogPlatform.NOW);
        assertThat(entry.method()).isEqualTo("POST");
        assertThat(entry.path()).isEqualTo("/listener/" + workflow.address().firstHash() + "/" + workflow.address().secondHash());
        assertThat(entry.body().text()).isEqualTo("{\"ref\": \"C-1\"}");
        assertThat(entry.body().truncated()).isFalse();
        assertThat(platform.entries.snapshot(entry)).hasValueSatisfying(data -> assertThat(data).containsEntry("ref", "C-1"));
        assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.NONE);
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.responseHeaders()).containsEntry("Content-Type", "application/json; charset=UTF-8");
        assertThat(entry.responseBody().text()).isEqualTo("{\"ref\": \"C-1\"}");
        assertThat(entry.durationMs()).isNotNegative();
        assertThat(entry.replayOf()).isEmpty();
        assertThat(entry.id().value().version()).isEqualTo(7);
    }

    @Test
    void recordsTheRunsIdAndTraceInTheShapeTheBuilderTestShows() {
        Workflow workflow = platform.publish(aDataListener("ok"));
        ListenerExchange exchange = new ListenerExchange(workflow, request(workflow, "POST", JSON, "{}"),
                new ListenerResponse.DataResponse("ok", "text/plain"), RequestLogPlatform.NOW, 1_000, false,
                new StartedRun("run-1", List.of(
                        new TraceEntry("has-email", "virtual_condition", TraceEntry.Outcome.SUCCEEDED, 1500, "yes"),
                        new TraceEntry("note", "create_record", TraceEntry.Outcome.FAILED, 250, "no such entity"))));

        RequestLogEntry entry = platform.entries.entry(exchange, Optional.empty());

        assertThat(entry.runId()).contains("run-1");
        assertThat(entry.trace()).containsExactly(
                Map.of("step_id", "has-email", "kind", "virtual_condition", "outcome", "succeeded",
                        "duration_ms", 1.5, "detail", "yes"),
                Map.of("step_id", "note", "kind", "create_record", "outcome", "failed",
                        "duration_ms", 0.25, "detail", "no such entity"));
    }

    @Test
    void anExchangeWithoutARunHasNoRunIdNorTrace() {
        Workflow workflow = platform.publish(aDataListener("ok"));

        RequestLogEntry entry = entryOf(workflow, "POST", JSON, "{}");

        assertThat(entry.runId()).isEmpty();
        assertThat(entry.trace()).isEmpty();
    }

    @Test
    void masksCredentialsAndConfiguredSecretHeadersEverywhere() {
        Workflow workflow = platform.publish(aDataListener("ok"));

        RequestLogEntry entry = entryOf(workflow, "POST", Map.of("content-type", "application/json",
                "authorization", "Basic dXNlcjpwYXNz", "token", "t0k3n", "cookie", "session=abc",
                "x-api-key", "k3y", "x-event", "order.created"), "{}");

        assertThat(entry.headers()).containsEntry("authorization", "****").containsEntry("token", "****")
                .containsEntry("cookie", "****").containsEntry("x-api-key", "****")
                .containsEntry("x-event", "order.created");
        assertThat(platform.entries.snapshot(entry).orElseThrow().get("__headers")).asInstanceOf(MAP)
                .containsEntry("authorization", "****").containsEntry("token", "****")
                .containsEntry("cookie", "****").containsEntry("x-api-key", "****")
                .containsEntry("x-event", "order.created");
        assertThat(entry.toString()).doesNotContain("dXNlcjpwYXNz", "t0k3n", "session=abc", "k3y");
    }

    @Test
    void masksCredentialsWhateverTheCaseOfTheirNames() {
        Workflow workflow = platform.publish(aDataListener("ok"));

        // The HTTP adapter lower-cases names; an entry made from a request that did not is still safe.
        RequestLogEntry entry = entryOf(workflow, "POST", Map.of("Content-Type", "application/json",
                "Authorization", "Basic dXNlcjpwYXNz", "TOKEN", "t0k3n", "X-Api-Key", "k3y"), "{}");

        assertThat(entry.toString()).doesNotContain("dXNlcjpwYXNz", "t0k3n", "k3y");
        assertThat(entry.headers()).containsEntry("Content-Type", "application/json");
    }

    @Test
    void masksNamesOfAnyCaseWithOrWithoutSecretHeadersConfigured() {
        RequestLogSettings plain = RequestLogSettings.defaults();
        RequestLogSettings withSecrets = new RequestLogSettings(64, Set.of("X-Signature-Custom"), Set.of(), 10, 1000, 10,
                Duration.ZERO, Duration.ZERO, Duration.ofDays(1), 10);

        assertThat(plain.masks("Authorization")).isTrue();
        assertThat(plain.masks("set-cookie")).isTrue();
        assertThat(plain.masks("Proxy-Authorization")).isTrue();
        assertThat(plain.masks("x-signature-custom")).isFalse();
        assertThat(plain.masks("accept")).isFalse();
        assertThat(plain.masks("")).isFalse();
        assertThat(plain.masks("a-header-name-longer-than-any-masked-one")).isFalse();
        assertThat(withSecrets.masks("x-signature-custom")).isTrue();
        assertThat(withSecrets.masks("X-SIGNATURE-CUSTOM")).isTrue();
        assertThat(withSecrets.masks("COOKIE")).isTrue();
        assertThat(withSecrets.masks("x-event")).isFalse();
    }

    @Test
    void cutsALongBodyNotingItsFullLengthAndKeepsNoSnapshot() {
        Workflow workflow = platform.publish(aDataListener("{{ __data.__raw_body }}"));
        String body = "ü".repeat(100); // 200 bytes, over the 64-byte limit

        RequestLogEntry entry = entryOf(workflow, "POST", Map.of("content-type", "text/plain"), body);

        assertThat(entry.body().text()).isEqualTo("ü".repeat(32));
        assertThat(entry.body().length()).isEqualTo(200);
        assertThat(entry.body().truncated()).isTrue();
        assertThat(platform.entries.snapshot(entry)).isEmpty();
        assertThat(entry.responseBody().truncated()).isTrue();
        assertThat(entry.responseBody().length()).isEqualTo(200);
    }

    @Test
    void recordsMalformedJsonAsBadRequestWithoutSnapshot() {
        Workflow workflow = platform.publish(aDataListener("ok"));

        RequestLogEntry entry = entryOf(workflow, "POST", JSON, "{\"a\": ");

        assertThat(entry.status()).isEqualTo(400);
        assertThat(entry.responseBody().text()).contains("\"error\":\"invalid_json\"");
        assertThat(entry.body().text()).isEqualTo("{\"a\": ");
        assertThat(platform.entries.snapshot(entry)).isEmpty();
    }

    @Test
    void recordsARedirect() {
        Workflow workflow = platform.publish(aListener(ReturnType.REDIRECT, "https://example.com/?ref={{ __data.ref }}"));

        RequestLogEntry entry = entryOf(workflow, "POST", Map.of("content-type", "application/x-www-form-urlencoded"),
                "ref=C-1");

        assertThat(entry.status()).isEqualTo(302);
        assertThat(entry.responseHeaders()).containsEntry("Location", "https://example.com/?ref=C-1");
    }

    @Nested
    class AuthOutcomes {

        private final Workflow protectedEndpoint = platform.publish(anAuthenticatedListener("k1", "s1"));

        @Test
        void missingTokenIsForbidden() {
            RequestLogEntry entry = entryOf(protectedEndpoint, "POST", JSON, "{}");

            assertThat(entry.status()).isEqualTo(403);
            assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.MISSING);
            assertThat(platform.entries.snapshot(entry)).isEmpty();
        }

        @Test
        void badSignatureIsRejectedWithItsReason() {
            RequestLogEntry entry = entryOf(protectedEndpoint, "POST",
                    Map.of("authorization", "Bearer " + token("k1", "wrong", null)), "{}");

            assertThat(entry.status()).isEqualTo(401);
            assertThat(entry.authOutcome().value()).isEqualTo("rejected:signature");
            assertThat(entry.responseHeaders()).containsKey("WWW-Authenticate");
            assertThat(entry.headers()).containsEntry("authorization", "****");
        }

        @Test
        void validTokenIsVerifiedAndItsDataLandsInTheSnapshot() {
            RequestLogEntry entry = entryOf(protectedEndpoint, "POST", Map.of("content-type", "application/json",
                    "token", token("k1", "s1", Map.of("customer_id", 42))), "{}");

            assertThat(entry.status()).isEqualTo(200);
            assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.VERIFIED);
            assertThat(platform.entries.snapshot(entry).orElseThrow().get("__headers")).asInstanceOf(MAP)
                    .containsEntry("token", "****")
                    .containsEntry("__jwt_data", List.of(Map.of("customer_id", 42L)));
        }

        @Test
        void originOutsideTheCorsListIsForbidden() {
            Workflow withCors = platform.publish(new EndpointListener(anotherAddress(), ReturnType.DATA, "ok", "", "",
                    JwtRequirement.OFF, new CorsRules(true, "https://app.example.com", false)));

            RequestLogEntry entry = entryOf(withCors, "POST", Map.of("origin", "https://evil.example"), "{}");

            assertThat(entry.status()).isEqualTo(403);
            assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.CORS_FORBIDDEN);
        }

        @Test
        void preflightAnsweredBeforeTheTokenCheckSaysSo() {
            Workflow both = platform.publish(new EndpointListener(anotherAddress(), ReturnType.DATA, "ok", "", "", new JwtRequirement(true, "k1", new EndpointSecret("s1")),
                    new CorsRules(true, "https://app.example.com", false)));

            RequestLogEntry entry = entryOf(both, "OPTIONS", Map.of("origin", "https://app.example.com",
                    "access-control-request-method", "POST"), null);

            assertThat(entry.status()).isEqualTo(204);
            assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.PREFLIGHT);
            assertThat(platform.entries.snapshot(entry)).isEmpty();
        }
    }

    @Test
    void anExchangeRefusedBeforeTheListenerWasNotChecked() {
        Workflow workflow = platform.publish(anAuthenticatedListener("k1", "s1"));
        new RecordRefusedRequest(platform.endpoints, platform.exchanges::add, platform.clock)
                .record(request(workflow, "POST", JSON, null), 413, "payload_too_large", "Too large");

        ListenerExchange refused = platform.lastExchange();
        RequestLogEntry entry = platform.entries.entry(refused, Optional.empty());

        assertThat(refused.refusedBeforeListener()).isTrue();
        assertThat(entry.status()).isEqualTo(413);
        assertThat(entry.authOutcome()).isEqualTo(AuthOutcome.NOT_CHECKED);
        assertThat(entry.responseBody().text()).contains("payload_too_large");
    }

    @Test
    void aRefusalOnAnUnknownUrlIsNotRecorded() {
        Workflow workflow = platform.publish(aDataListener("ok"));
        RecordRefusedRequest refusals = new RecordRefusedRequest(platform.endpoints, platform.exchanges::add, platform.clock);

        refusals.record(new IncomingRequest("POST",
                workflow.address().firstHash(), "0".repeat(32), Map.of(), Map.of(), null), 413, "payload_too_large", "x");

        assertThat(platform.exchanges).isEmpty();
    }
}
