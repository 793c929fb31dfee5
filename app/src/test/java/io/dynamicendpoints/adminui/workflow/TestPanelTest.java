package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.UI;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.SignedJWT;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.TestWorkflow;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The editor's "Test" tab: a sample request run through the saved (unpublished) workflow. */
@MicronautTest(transactional = false)
class TestPanelTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    RequestLog requestLog;

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
        KaribuConsole.signIn("admin", Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void runsASampleRequestThroughTheSavedWorkflowAndShowsReplyAndTrace() {
        WorkflowView saved = createWorkflow.create(conditionalWorkflow());
        assertThat(saved.workflow().published()).isFalse();
        TestPanel panel = openTestTab(saved);

        _setValue(panel.method, "POST");
        _setValue(panel.body, "{\"email\": \"ada@example.com\"}");
        _click(panel.run);

        assertThat(panel.status.getText()).isEqualTo("Status 200");
        assertThat(panel.responseBody.getValue()).contains("\"status\"").contains("ok");
        assertThat(_findAll(panel.trace)).extracting(TraceEntry::stepId).containsExactly("has-email", "ack");
        assertThat(_findAll(panel.trace)).allMatch(entry -> entry.outcome() == TraceEntry.Outcome.SUCCEEDED);
    }

    @Test
    void takesTheOtherBranchWhenTheSampleLacksTheField() {
        TestPanel panel = openTestTab(createWorkflow.create(conditionalWorkflow()));

        _setValue(panel.body, "{}");
        _click(panel.run);

        assertThat(panel.status.getText()).isEqualTo("Status 200");
        assertThat(panel.responseBody.getValue()).isEmpty();
        assertThat(_findAll(panel.trace)).extracting(TraceEntry::stepId).containsExactly("has-email");
    }

    @Test
    void showsTheComposedRequestAsCurlForTheEndpointUrl() {
        WorkflowView saved = createWorkflow.create(conditionalWorkflow());
        TestPanel panel = openTestTab(saved);

        _setValue(panel.method, "PUT");
        _setValue(panel.query, "a=1");
        _setValue(panel.headers, "X-Trace: it's me");
        _setValue(panel.body, "{\"email\": \"x\"}");

        assertThat(panel.curl.getValue())
                .startsWith("curl -X PUT '" + saved.url() + "?a=1'")
                .contains("-H 'X-Trace: it'\\''s me'")
                .contains("--data-raw '{\"email\": \"x\"}'");
    }

    @Test
    void refusesAHeaderLineWithoutAColon() {
        TestPanel panel = openTestTab(createWorkflow.create(conditionalWorkflow()));

        _setValue(panel.headers, "not a header");
        _click(panel.run);

        assertThat(panel.headers.isInvalid()).isTrue();
        assertThat(panel.status.getText()).isEqualTo("Not run yet");
    }

    @Test
    void cannotRunAnEndpointThatIsNotSavedYet() {
        UI.getCurrent().navigate(WorkflowEditorView.class, WorkflowEditorView.NEW);
        WorkflowEditorView editor = _get(WorkflowEditorView.class);
        editor.tabs.setSelectedIndex(3);

        assertThat(editor.testPanel.run.isEnabled()).isFalse();
        assertThat(editor.testPanel.curl.getValue()).isEmpty();
    }

    @Test
    void showsTheRefusalOfARequestWithoutItsToken() {
        Map<String, Object> document = Map.of(
                "name", "Guarded " + UUID.randomUUID().toString().substring(0, 8),
                "listener", Map.of("return_type", "data", "return_data", "{\"status\": \"received\"}",
                        "add_authentication", true));
        TestPanel panel = openTestTab(createWorkflow.create(document));

        _setValue(panel.signToken, false);
        _click(panel.run);

        assertThat(panel.status.getText()).isEqualTo("Status 403");
        assertThat(panel.status.getClassNames()).contains("test-status-error");
        assertThat(panel.responseBody.getValue()).startsWith("error: missing_token");
        assertThat(_findAll(panel.trace)).isEmpty();
    }

    @Test
    void saysWhenTheTestRanTheSavedVersionOfAnEditedEndpoint() {
        WorkflowView saved = createWorkflow.create(conditionalWorkflow());
        UI.getCurrent().navigate(WorkflowEditorView.class, String.valueOf(saved.workflow().requireId().value()));
        WorkflowEditorView editor = _get(WorkflowEditorView.class);
        _setValue(editor.form.description, "edited, not saved");
        editor.tabs.setSelectedIndex(3);

        _setValue(editor.testPanel.body, "{\"email\": \"a@b.c\"}");
        _click(editor.testPanel.run);

        assertThat(editor.testPanel.unsavedNote.isVisible()).isTrue();
        assertThat(editor.testPanel.status.getText()).isEqualTo("Status 200");
    }

    @Test
    void showsEachKindOfReplyWithItsStatus() {
        assertThat(TestPanel.Shown.of(new ListenerResponse.RedirectResponse("https://example.com/next")))
                .isEqualTo(new TestPanel.Shown(302, Map.of("Location", "https://example.com/next"), ""));
        assertThat(TestPanel.Shown.of(new ListenerResponse.NoContentResponse(Map.of())).status()).isEqualTo(204);
        assertThat(TestPanel.Shown.of(new ListenerResponse.EmptyResponse()))
                .isEqualTo(new TestPanel.Shown(200, Map.of(), ""));
        assertThat(TestPanel.Shown.of(new ListenerResponse.HtmlResponse("<p>hi</p>")).body()).isEqualTo("<p>hi</p>");
        TestPanel.Shown decorated = TestPanel.Shown.of(new ListenerResponse.Decorated(
                new ListenerResponse.DataResponse("{}", "application/json"), 201, Map.of("X-Id", "7")));
        assertThat(decorated.status()).isEqualTo(201);
        assertThat(decorated.headers()).containsEntry("X-Id", "7").containsEntry("Content-Type", "application/json");
        assertThat(decorated.body()).isEqualTo("{}");
        TestPanel.Shown failed = TestPanel.Shown.of(new ListenerResponse.ErrorResponse(
                500, "workflow_failed", null, "save", "boom", Map.of()));
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("error: workflow_failed\nstep: save\nmessage: boom");
    }

    @Test
    void signsAFreshTokenSoTheTestPassesTheEndpointsCheck() throws Exception {
        WorkflowView saved = createWorkflow.create(guardedWorkflow(0));
        TestPanel panel = openTestTab(saved);

        _click(panel.run);

        assertThat(panel.signToken.isVisible()).isTrue();
        assertThat(panel.status.getText()).isEqualTo("Status 200");
        assertThat(panel.responseBody.getValue()).contains("received");
        SignedJWT token = tokenIn(panel.curl.getValue());
        var jwt = saved.workflow().listener().jwt();
        assertThat(token.verify(new MACVerifier(JwtVerification.hmacKey(jwt.endpointSecret().template())))).isTrue();
        assertThat(token.getJWTClaimsSet().getIssuer()).isEqualTo(jwt.endpointKey());
        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant())
                .isBetween(Instant.now().plusSeconds(240), Instant.now().plus(TestWorkflow.SAMPLE_TOKEN_LIFETIME));
    }

    @Test
    void keepsTheSignedTokenWithinTheEndpointsMaximumLifetime() throws Exception {
        TestPanel panel = openTestTab(createWorkflow.create(guardedWorkflow(30)));

        SignedJWT token = tokenIn(panel.curl.getValue());

        assertThat(token.getJWTClaimsSet().getExpirationTime().toInstant()).isBefore(Instant.now().plusSeconds(31));
    }

    @Test
    void leavesTheTokenOutWhenTheAdminUnticksIt() {
        TestPanel panel = openTestTab(createWorkflow.create(guardedWorkflow(0)));

        _setValue(panel.signToken, false);

        assertThat(panel.curl.getValue()).doesNotContain("Authorization");
    }

    @Test
    void offersNoTokenForAnEndpointWithoutAuthentication() {
        TestPanel panel = openTestTab(createWorkflow.create(conditionalWorkflow()));

        assertThat(panel.signToken.isVisible()).isFalse();
        assertThat(panel.curl.getValue()).doesNotContain("Authorization");
    }

    @Test
    void prefillsTheSampleFromTheLastLoggedRequestWithoutMaskedCredentials() {
        WorkflowView saved = createWorkflow.create(conditionalWorkflow());
        requestLog.append(List.of(loggedRequest(saved, Instant.now().minusSeconds(60), "{\"email\": \"old@example.com\"}", false),
                loggedRequest(saved, Instant.now().minusSeconds(5), "{\"email\": \"last@example.com\"}", false)));

        TestPanel panel = openTestTab(saved);

        assertThat(panel.method.getValue()).isEqualTo("PUT");
        assertThat(panel.query.getValue()).isEqualTo("ref=a+b&ref=c");
        assertThat(panel.headers.getValue()).isEqualTo("content-type: application/json\nx-partner: acme")
                .doesNotContain(RequestLogEntry.MASK);
        assertThat(panel.body.getValue()).isEqualTo("{\"email\": \"last@example.com\"}");
        assertThat(panel.prefilled.isVisible()).isTrue();
        _click(panel.run);
        assertThat(panel.status.getText()).isEqualTo("Status 200");
    }

    @Test
    void leavesATruncatedBodyOutOfThePrefilledSample() {
        WorkflowView saved = createWorkflow.create(conditionalWorkflow());
        requestLog.append(List.of(loggedRequest(saved, Instant.now(), "{\"email\": \"cut", true)));

        TestPanel panel = openTestTab(saved);

        assertThat(panel.body.getValue()).isEmpty();
        assertThat(panel.prefilled.getText()).contains("too large");
    }

    @Test
    void startsFromADefaultSampleWithoutLoggedRequests() {
        TestPanel panel = openTestTab(createWorkflow.create(conditionalWorkflow()));

        assertThat(panel.method.getValue()).isEqualTo("POST");
        assertThat(panel.headers.getValue()).isEqualTo("Content-Type: application/json");
        assertThat(panel.prefilled.isVisible()).isFalse();
    }

    private static RequestLogEntry loggedRequest(WorkflowView saved, Instant at, String body, boolean truncated) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("host", "localhost:8080");
        headers.put("content-type", "application/json");
        headers.put("authorization", RequestLogEntry.MASK);
        headers.put("x-partner", "acme");
        headers.put("x-signature", RequestLogEntry.MASK);
        return new RequestLogEntry(RequestId.generate(at, new Random()), at, saved.workflow().requireId(), "PUT",
                "/listener/x/y", query(), headers,
                new RecordedBody(body, truncated ? 100_000 : body.length(), truncated), Optional.empty(),
                AuthOutcome.NONE, 200, Map.of(), RecordedBody.EMPTY, 3, Optional.empty(), List.of(), Optional.empty());
    }

    private static Map<String, List<String>> query() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        query.put("ref", List.of("a b", "c"));
        query.put("api_key", List.of(RequestLogEntry.MASK));
        return query;
    }

    private static SignedJWT tokenIn(String curl) throws Exception {
        Matcher bearer = Pattern.compile("Authorization: Bearer ([A-Za-z0-9_.-]+)").matcher(curl);
        assertThat(bearer.find()).as("a bearer token in %s", curl).isTrue();
        return SignedJWT.parse(bearer.group(1));
    }

    private static Map<String, Object> guardedWorkflow(int maxTokenLifetimeSeconds) {
        return Map.of(
                "name", "Guarded " + UUID.randomUUID().toString().substring(0, 8),
                "listener", Map.of("return_type", "data", "return_data", "{\"status\": \"received\"}",
                        "add_authentication", true, "max_token_lifetime", maxTokenLifetimeSeconds));
    }

    private static TestPanel openTestTab(WorkflowView workflow) {
        UI.getCurrent().navigate(WorkflowEditorView.class, String.valueOf(workflow.workflow().requireId().value()));
        WorkflowEditorView editor = _get(WorkflowEditorView.class);
        editor.tabs.setSelectedIndex(3);
        assertThat(_get(TestPanel.class, spec -> spec.withId("test-panel"))).isSameAs(editor.testPanel);
        return editor.testPanel;
    }

    private static Map<String, Object> conditionalWorkflow() {
        return Map.of(
                "name", "Tested " + UUID.randomUUID().toString().substring(0, 8),
                "run_mode", "sync",
                "listener", Map.of("return_type", "continue"),
                "steps", List.of(Map.of(
                        "id", "has-email", "type", "virtual_condition", "match", "all",
                        "conditions", List.of(Map.of(
                                "left", "{{ __data.email }}", "operator", "is_not_empty", "right", "")),
                        "yes", List.of(Map.of(
                                "id", "ack", "type", "endpoint_response", "return_type", "data",
                                "return_data", "{\"status\": \"ok\"}")),
                        "no", List.of())));
    }
}
