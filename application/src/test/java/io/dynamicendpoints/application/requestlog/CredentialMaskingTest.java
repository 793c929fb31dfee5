package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.domain.listener.LogMasking;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** Issue 28: credential-like headers and query parameters never reach the journal in clear. */
class CredentialMaskingTest {

    private final RequestLogPlatform platform = new RequestLogPlatform();

    @Test
    void theDefaultListsNameTheUsualCredentialsWhateverTheirCase() {
        for (String header : List.of("Authorization", "COOKIE", "x-api-key", "X-Hub-Signature-256", "Stripe-Signature",
                "x-shopify-hmac-sha256", "X-Slack-Signature", "svix-signature", "webhook-signature", "x-auth-token")) {
            assertThat(CredentialNames.isHeader(header)).as(header).isTrue();
        }
        for (String parameter : List.of("token", "ACCESS_TOKEN", "id_token", "refresh_token", "api_key", "apikey",
                "key", "secret", "client_secret", "password", "pwd", "signature", "sig", "code")) {
            assertThat(CredentialNames.isQueryParameter(parameter)).as(parameter).isTrue();
        }
        assertThat(CredentialNames.isHeader("content-type")).isFalse();
        assertThat(CredentialNames.isHeader("x-github-event")).isFalse();
        assertThat(CredentialNames.isHeader("")).isFalse();
        assertThat(CredentialNames.isQueryParameter("page")).isFalse();
        assertThat(CredentialNames.isQueryParameter("keyword")).isFalse();
    }

    @Test
    void anInstallationAddsNamesButRemovesNone() {
        RequestLogSettings settings = new RequestLogSettings(64, Set.of("X-Partner-Hmac"), Set.of(" Ticket "), 10, 1000,
                10, Duration.ZERO, Duration.ZERO, Duration.ofDays(1), 10);

        assertThat(settings.masks("x-partner-hmac")).isTrue();
        assertThat(settings.masks("authorization")).isTrue();
        assertThat(settings.masksQueryParameter("TICKET")).isTrue();
        assertThat(settings.masksQueryParameter("api_key")).isTrue();
        assertThat(settings.masksQueryParameter("page")).isFalse();
    }

    @Test
    void masksQueryAndHeadersInTheEntryAndItsSnapshotWhileTheWorkflowSawTheRealValues() {
        Workflow workflow = platform.publish(aDataListener("{{ __data.api_key }}|{{ __data.__headers['x-hub-signature-256'] }}"));

        RequestLogEntry entry = entryOf(workflow, Map.of("api_key", List.of("abc123secret"), "page", List.of("2")),
                Map.of("x-hub-signature-256", "sha256=d3adb33f", "x-github-event", "push"));

        assertThat(platform.lastExchange().response()).isInstanceOfSatisfying(ListenerResponse.DataResponse.class,
                reply -> assertThat(reply.body()).isEqualTo("abc123secret|sha256=d3adb33f"));
        assertThat(entry.query()).containsEntry("api_key", List.of("****")).containsEntry("page", List.of("2"));
        assertThat(entry.headers()).containsEntry("x-hub-signature-256", "****").containsEntry("x-github-event", "push");
        Map<String, Object> snapshot = platform.entries.snapshot(entry).orElseThrow();
        assertThat(snapshot).containsEntry("api_key", "****");
        assertThat(snapshot.get("__headers")).asInstanceOf(MAP).containsEntry("x-hub-signature-256", "****");
        assertThat(entry.query() + "" + entry.headers() + snapshot).doesNotContain("abc123secret", "d3adb33f");
        assertThat(entry.responseBody().text()).isEqualTo("abc123secret|sha256=d3adb33f")
                .as("the answer is the endpoint's own business: it is recorded as sent");
    }

    @Test
    void anEndpointAddsItsOwnHeadersAndParameters() {
        Workflow workflow = platform.publish(aDataListener("ok")
                .withLogMasking(LogMasking.of("X-Partner-Hmac", "Ticket, nonce")));

        RequestLogEntry entry = entryOf(workflow, Map.of("ticket", List.of("t-1", "t-2"), "page", List.of("2")),
                Map.of("x-partner-hmac", "h-1"));

        assertThat(entry.query()).containsEntry("ticket", List.of("****", "****")).containsEntry("page", List.of("2"));
        assertThat(entry.headers()).containsEntry("x-partner-hmac", "****");
    }

    private RequestLogEntry entryOf(Workflow workflow, Map<String, List<String>> query, Map<String, String> headers) {
        Map<String, List<String>> multi = new LinkedHashMap<>();
        headers.forEach((name, value) -> multi.put(name, List.of(value)));
        platform.listener.receive(new IncomingRequest("GET", workflow.address().firstHash(),
                workflow.address().secondHash(), query, multi, "".getBytes(StandardCharsets.UTF_8)));
        return platform.entries.entry(platform.lastExchange(), Optional.empty());
    }
}
