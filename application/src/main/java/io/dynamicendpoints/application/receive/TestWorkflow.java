package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.ExecutionContext;
import io.dynamicendpoints.application.engine.RenderedReply;
import io.dynamicendpoints.application.engine.ReplySink;
import io.dynamicendpoints.application.engine.StepFailure;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Runs a sample request through a workflow, published or not, the way the listener would, and returns
 * the reply together with the step trace — the builder's "test" button. The run happens on the
 * calling thread and waits for its end; nothing is stored as an accepted request, so a test never
 * resumes in the background.
 */
public final class TestWorkflow {

    /** Long enough to copy a curl command into a terminal and run it, short enough to be worthless later. */
    public static final Duration SAMPLE_TOKEN_LIFETIME = Duration.ofMinutes(5);

    private final TemplateEngine templates;
    private final RequestExtraction extraction;
    private final Admission admission;
    private final WorkflowEngine engine;
    private final Replies replies;
    private final Clock clock;

    public TestWorkflow(TemplateEngine templates, RequestExtraction extraction,
                        JwtVerification jwtVerification, CorsCheck corsCheck, Clock clock, WorkflowEngine engine,
                        ReplyContentType contentTypes) {
        this.templates = templates;
        this.extraction = extraction;
        this.admission = new Admission(jwtVerification, corsCheck, clock);
        this.engine = engine;
        this.replies = new Replies(contentTypes);
        this.clock = clock;
    }

    /**
     * A freshly signed token the endpoint accepts for {@link #SAMPLE_TOKEN_LIFETIME}, for a sample
     * request or the curl command an admin copies; empty when the endpoint demands no token.
     */
    public Optional<String> sampleToken(Workflow workflow) {
        if (!workflow.listener().jwt().enabled()) {
            return Optional.empty();
        }
        PublishedEndpoint endpoint = PublishedEndpoint.compile(workflow, templates);
        return Optional.of(EndpointToken.sign(endpoint, clock.instant(), SAMPLE_TOKEN_LIFETIME, Optional.empty()));
    }

    /** What a test run produced. */
    public record TestResult(ListenerResponse response, List<TraceEntry> trace) {
    }

    /** Tests a workflow as read by the caller (see {@code ReadWorkflows}), published or not. */
    public TestResult test(Workflow workflow, IncomingRequest sample) {
        try {
            PublishedEndpoint endpoint = PublishedEndpoint.compile(workflow, templates);
            return switch (admission.admit(endpoint, sample)) {
                case Admission.Verdict.Stop stop -> new TestResult(stop.response(), List.of());
                case Admission.Verdict.Proceed proceed -> run(endpoint, sample, proceed.jwt());
            };
        } catch (TemplateException e) {
            return new TestResult(new ErrorResponse(500, "template_failed", e.getMessage()), List.of());
        }
    }

    private TestResult run(PublishedEndpoint endpoint, IncomingRequest sample, JwtOutcome jwt) {
        if (sample.method().equals("OPTIONS")) {
            return new TestResult(new NoContentResponse(Map.of()), List.of());
        }
        Map<String, Object> data;
        try {
            data = jwt.exposeIn(extraction.extract(sample).data());
        } catch (Json.MalformedJsonException e) {
            return new TestResult(new ErrorResponse(400, "invalid_json", e.getMessage()), List.of());
        }
        Workflow workflow = endpoint.workflow();
        ReturnType type = workflow.listener().returnType();
        // Async fixed replies are rendered from the request alone, before the run (behaviour.md §7.4).
        ListenerResponse early = type.isFixed() && workflow.runMode() == RunMode.ASYNC
                ? replies.fixed(endpoint, data) : null;
        Collector collector = new Collector(replies);
        ExecutionContext context = new ExecutionContext(UUID.randomUUID().toString(), data, collector);
        engine.run(workflow, context);
        ListenerResponse response;
        if (early != null) {
            response = early;
        } else if (type.isFixed()) {
            response = context.failedStep() != null ? collector.failure : replies.fixed(endpoint, context.data());
        } else if (type == ReturnType.SSE) {
            response = new DataResponse(collector.stream(), "text/event-stream; charset=UTF-8");
        } else {
            response = collector.first != null ? collector.first : new ListenerResponse.EmptyResponse();
        }
        return new TestResult(response, context.trace());
    }

    /** Keeps what a run emitted: the first reply (or failure) and every stream frame, in order. */
    private static final class Collector implements ReplySink {

        private final Replies replies;
        private final List<String> frames = new ArrayList<>();
        private ListenerResponse first;
        private ErrorResponse failure;

        Collector(Replies replies) {
            this.replies = replies;
        }

        @Override
        public void reply(RenderedReply reply) {
            if (first == null) {
                first = replies.of(reply);
            }
            frames.add(frame("message", reply.body()));
        }

        @Override
        public void event(String event, String data) {
            frames.add(frame(event, data));
        }

        @Override
        public void failed(String stepId, StepFailure reason) {
            // The reply as the caller would get it; the admin reads the detail in the trace.
            ErrorResponse error = Replies.workflowFailed(stepId, reason);
            if (failure == null) {
                failure = error;
            }
            if (first == null) {
                first = error;
            }
            frames.add(frame("error", Replies.workflowFailedEvent(stepId, reason)));
        }

        String stream() {
            return String.join("", frames) + frame("done", "");
        }

        private static String frame(String event, String data) {
            StringBuilder text = new StringBuilder("event: ").append(event).append('\n');
            for (String line : data.split("\n", -1)) {
                text.append("data: ").append(line).append('\n');
            }
            return text.append('\n').toString();
        }
    }

}
