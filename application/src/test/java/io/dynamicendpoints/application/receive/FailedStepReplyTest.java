package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import io.dynamicendpoints.application.port.RunEffect;
import io.dynamicendpoints.application.port.StoreUnavailableException;
import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.Deferred;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.HttpRequestStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StoreValueStep;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a failed step tells whom (issue 26): the endpoint's caller, who is the public, learns the step
 * and the class of failure; the trace, which admins read, keeps the detail; the server log gets one
 * line per failed step, with the secrets URLs carry cut.
 */
class FailedStepReplyTest {

    private static final String SECRET_URL = "https://partner.example/hook?api_key=s3cr3t-key";

    private final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);
    private final JacksonJson json = new JacksonJson();
    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final PublishedEndpoints endpoints = new PublishedEndpoints(workflows, new TemplateEngine());
    private final List<LogRecord> logged = new CopyOnWriteArrayList<>();
    private final Logger engineLog = Logger.getLogger(WorkflowEngine.class.getName());
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            logged.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    /** A partner that never answers in time, described the way the JDK adapter does. */
    private final OutboundHttp timingOut = request -> {
        throw new OutboundCallException(CallFailure.TIMEOUT, "No answer from partner.example within 200 ms calling "
                + request.url(), new java.net.http.HttpTimeoutException("request timed out"));
    };

    @BeforeEach
    void captureTheEngineLog() {
        engineLog.addHandler(capture);
    }

    @AfterEach
    void releaseTheEngineLog() {
        engineLog.removeHandler(capture);
    }

    @Test
    void callerLearnsOnlyTheClassOfAFailedHttpRequest() {
        ReceiveRequest listener = listener(null, timingOut);
        publish(ReturnType.CONTINUE, callTo(SECRET_URL));

        ErrorResponse error = failure(listener.receive(post()));

        assertThat(error.status()).isEqualTo(502);
        assertThat(error.error()).isEqualTo("workflow_failed");
        assertThat(error.step()).isEqualTo("call");
        assertThat(error.reason()).isEqualTo("upstream_timeout");
        assertThat(error.message()).isEqualTo("Step 'call' failed: upstream_timeout");
        assertLeaksNothing(error.message());
    }

    @Test
    void aFixedReplyAfterAFailedRunSaysTheSame() {
        ReceiveRequest listener = listener(null, timingOut);
        publish(ReturnType.DATA, callTo(SECRET_URL));

        ErrorResponse error = failure(listener.receive(post()));

        assertThat(error.reason()).isEqualTo("upstream_timeout");
        assertLeaksNothing(error.message());
    }

    @Test
    void theTraceKeepsTheDetailForAdmins() {
        TestWorkflow test = testWorkflow(null, timingOut);

        TestWorkflow.TestResult result = test.test(workflow(ReturnType.CONTINUE, callTo(SECRET_URL)), post());

        assertThat(result.response()).isInstanceOfSatisfying(ErrorResponse.class, error -> {
            assertThat(error.reason()).isEqualTo("upstream_timeout");
            assertLeaksNothing(error.message());
        });
        assertThat(result.trace()).singleElement().satisfies(entry -> {
            assertThat(entry.outcome()).isEqualTo(TraceEntry.Outcome.FAILED);
            assertThat(entry.detail()).startsWith("upstream_timeout: No answer from partner.example within 200 ms")
                    .contains(SECRET_URL);
        });
    }

    @Test
    void theServerLogGetsOneLineWithoutTheQueryString() {
        TestWorkflow test = testWorkflow(null, timingOut);

        test.test(workflow(ReturnType.CONTINUE, callTo(SECRET_URL)), post());

        assertThat(logged).singleElement().satisfies(line -> {
            assertThat(line.getLevel()).isEqualTo(Level.WARNING);
            assertThat(line.getMessage()).contains("step 'call' (http_request) failed, upstream_timeout: No answer")
                    .contains("https://partner.example/hook?").doesNotContain("s3cr3t").doesNotContain("api_key");
        });
    }

    @Test
    void anEventStreamsErrorFrameNamesTheClassOnly() {
        TestWorkflow test = testWorkflow(null, timingOut);

        TestWorkflow.TestResult result = test.test(workflow(ReturnType.SSE, callTo(SECRET_URL)), post());

        assertThat(result.response()).isInstanceOfSatisfying(DataResponse.class, stream -> {
            assertThat(stream.body()).contains("event: error\ndata: "
                    + "{\"error\":\"workflow_failed\",\"step\":\"call\",\"reason\":\"upstream_timeout\"}\n");
            assertLeaksNothing(stream.body());
        });
    }

    @Test
    void aStoreThatFailedIsStorageUnavailableToTheCaller() {
        VirtualRecords closed = new ClosedStore();
        ReceiveRequest listener = listener(closed, null);
        publish(ReturnType.CONTINUE, new CreateRecordStep("save", "note", Map.of("body", "hi"), List.of()));

        ErrorResponse error = failure(listener.receive(post()));

        assertThat(error.reason()).isEqualTo("storage_unavailable");
        assertThat(error.message()).isEqualTo("Step 'save' failed: storage_unavailable")
                .doesNotContain("Hikari").doesNotContain("Closed");
    }

    @Test
    void aTemplateThatBreaksIsATemplateError() {
        ReceiveRequest listener = listener(null, null);
        publish(ReturnType.CONTINUE, new StoreValueStep("compute", "ratio", "{{ 1 / 0 }}", List.of()));

        ErrorResponse error = failure(listener.receive(post()));

        assertThat(error.reason()).isEqualTo("template_error");
        assertThat(error.message()).isEqualTo("Step 'compute' failed: template_error");
    }

    /** No URL, no credential, no host, no Java class in what the caller reads. */
    private static void assertLeaksNothing(String callerSees) {
        assertThat(callerSees).doesNotContain("https://").doesNotContain("partner.example")
                .doesNotContain("api_key").doesNotContain("s3cr3t").doesNotContain("Exception")
                .doesNotContain("200 ms");
    }

    private static HttpRequestStep callTo(String url) {
        return new HttpRequestStep("call", "GET", url, Map.of(), "", "partner", 200, List.of());
    }

    private Workflow workflow(ReturnType type, Step step) {
        return aDraft(aListener(type, "ok"), step).publish();
    }

    private void publish(ReturnType type, Step step) {
        workflows.add(workflow(type, step));
        endpoints.refresh();
    }

    private ReceiveRequest listener(VirtualRecords records, OutboundHttp http) {
        return ListenerFixture.receiveRequest(endpoints, new RequestExtraction(json), json, clock, records, http, null,
                RequestRecorder.NONE);
    }

    private TestWorkflow testWorkflow(VirtualRecords records, OutboundHttp http) {
        return new TestWorkflow(new TemplateEngine(), new RequestExtraction(json), new JwtVerification(),
                new CorsCheck(), clock, ListenerFixture.engine(json, clock, records, http), new ReplyContentType(json));
    }

    private static IncomingRequest post() {
        return new IncomingRequest("POST", FIRST_HASH, SECOND_HASH, Map.of(),
                Map.of("content-type", List.of("application/json")), "{}".getBytes(StandardCharsets.UTF_8));
    }

    private static ErrorResponse failure(ListenerResponse response) {
        ListenerResponse reply = response instanceof Deferred deferred
                ? deferred.reply().toCompletableFuture().orTimeout(10, TimeUnit.SECONDS).join()
                : response;
        assertThat(reply).isInstanceOf(ErrorResponse.class);
        return (ErrorResponse) reply;
    }

    /** A record store whose database connection was closed under it, as the JDBC adapter reports it. */
    private static final class ClosedStore implements VirtualRecords {

        private static StoreUnavailableException closed() {
            return new StoreUnavailableException("The record store failed: HikariProxyConnection@5 wrapping "
                    + "conn0: url=jdbc:postgresql://db/prod user=app ClosedConnection", null);
        }

        @Override
        public long create(String entity, Map<String, Object> fields) {
            throw closed();
        }

        @Override
        public long create(String entity, Map<String, Object> fields, RunEffect effect) {
            throw closed();
        }

        @Override
        public int update(String entity, Map<String, String> where, Map<String, Object> fields) {
            throw closed();
        }

        @Override
        public int update(String entity, Map<String, String> where, Map<String, Object> fields, RunEffect effect) {
            throw closed();
        }

        @Override
        public java.util.Optional<StoredRecord> findFirst(String entity, Map<String, String> where) {
            throw closed();
        }

        @Override
        public List<StoredRecord> newest(String entity, int limit) {
            throw closed();
        }
    }
}
