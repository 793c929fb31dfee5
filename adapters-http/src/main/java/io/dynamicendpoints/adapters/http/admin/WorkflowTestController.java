package io.dynamicendpoints.adapters.http.admin;

import io.dynamicendpoints.adapters.http.listener.ListenerReplies;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.TestWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/workflows/{id}/test}: runs a sample request {@code {"method","headers","query","body"}}
 * through a workflow, published or not, and answers {@code {"response": {...}, "trace": [...]}}. The
 * body may be a string (sent as is) or JSON (sent as JSON text).
 */
@Controller("/api/workflows")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WorkflowTestController {

    private final ReadWorkflows readWorkflows;
    private final TestWorkflow testWorkflow;
    private final ListenerReplies replies;
    private final JsonMapper json;

    WorkflowTestController(ReadWorkflows readWorkflows, TestWorkflow testWorkflow, ListenerReplies replies,
                           JsonMapper json) {
        this.readWorkflows = readWorkflows;
        this.testWorkflow = testWorkflow;
        this.replies = replies;
        this.json = json;
    }

    @Post("/{id}/test")
    TestResponse test(long id, @Body Map<String, Object> sample) {
        if (id <= 0) {
            throw new WorkflowNotFoundException(id);
        }
        TestWorkflow.TestResult result = testWorkflow.test(readWorkflows.one(new WorkflowId(id)).workflow(),
                request(sample));
        MutableHttpResponse<?> http = replies.toHttp(result.response()).toCompletableFuture().join();
        Map<String, String> headers = new LinkedHashMap<>();
        http.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        return new TestResponse(new SampleResponse(http.code(), headers, body(http.getBody().orElse(null))),
                result.trace().stream().map(StepTrace::of).toList());
    }

    private IncomingRequest request(Map<String, Object> sample) {
        String method = String.valueOf(sample.getOrDefault("method", "POST")).toUpperCase(Locale.ROOT);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        if (sample.get("headers") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> headers.put(String.valueOf(name).toLowerCase(Locale.ROOT),
                    List.of(String.valueOf(value))));
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (sample.get("query") instanceof Map<?, ?> given) {
            given.forEach((name, value) -> query.put(String.valueOf(name), value instanceof List<?> list
                    ? list.stream().map(String::valueOf).toList() : List.of(String.valueOf(value))));
        }
        Object body = sample.get("body");
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof String text) {
            bytes = text.getBytes(StandardCharsets.UTF_8);
        } else {
            bytes = write(body).getBytes(StandardCharsets.UTF_8);
            headers.putIfAbsent("content-type", List.of("application/json"));
        }
        return new IncomingRequest(method, "", "", query, headers, bytes);
    }

    private String body(Object body) {
        if (body == null) {
            return "";
        }
        if (body instanceof byte[] bytes) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        return write(body);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Serdeable
    record TestResponse(SampleResponse response, List<StepTrace> trace) {
    }

    @Serdeable
    record SampleResponse(int status, Map<String, String> headers, String body) {
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record StepTrace(String stepId, String kind, String outcome, double durationMs, String detail) {

        static StepTrace of(TraceEntry entry) {
            return new StepTrace(entry.stepId(), entry.kind(), entry.outcome().name().toLowerCase(Locale.ROOT),
                    entry.durationMicros() / 1000.0, entry.detail());
        }
    }
}
