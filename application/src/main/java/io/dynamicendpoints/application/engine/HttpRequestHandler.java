package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.domain.step.HttpRequestStep;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Calls another system and keeps {@code {status, headers, body, json}} as {@code __data.<store_as>}.
 * Any answer counts as success (a workflow can branch on {@code status}); only a call that produced no
 * answer (refused address, network error, timeout, a URL that is none) fails the step, with the
 * {@link StepFailure} the port's exception names.
 */
public final class HttpRequestHandler implements StepHandler<HttpRequestStep> {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final OutboundHttp http;
    private final StepTemplates templates;
    private final Json json;

    public HttpRequestHandler(OutboundHttp http, StepTemplates templates, Json json) {
        this.http = http;
        this.templates = templates;
        this.json = json;
    }

    @Override
    public Class<HttpRequestStep> stepType() {
        return HttpRequestStep.class;
    }

    @Override
    public StepOutcome execute(HttpRequestStep step, ExecutionContext context) {
        OutboundHttp.Response response;
        try {
            response = http.send(new OutboundHttp.Request(step.method(), templates.render(step.url(), context).strip(),
                    withIdempotencyKey(templates.renderAll(step.headers(), context), context.runId(), step.id()),
                    templates.render(step.body(), context), Duration.ofMillis(step.timeoutMs())));
        } catch (OutboundHttp.OutboundCallException e) {
            return new StepOutcome.Failed(StepFailure.of(e), e.getMessage());
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("status", response.status());
        Map<String, Object> headers = new LinkedHashMap<>();
        response.headers().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), String.join(", ", values)));
        stored.put("headers", headers);
        stored.put("body", response.body());
        stored.put("json", parsed(response.body()));
        context.data().put(step.storeAs(), stored);
        return new StepOutcome.Next(step.then(), "HTTP " + response.status());
    }

    /**
     * A call may be made twice (a run executed again after a crash sends its requests again: calls are
     * at least once), so each carries an {@code Idempotency-Key} of its run and step, the same on every
     * execution, for the called service to recognise the repeat (IETF draft
     * {@code draft-ietf-httpapi-idempotency-key-header}). A key the step sets itself wins.
     */
    static Map<String, String> withIdempotencyKey(Map<String, String> headers, String runId, String stepId) {
        boolean own = headers.keySet().stream().anyMatch(IDEMPOTENCY_KEY::equalsIgnoreCase);
        if (own || runId == null) {
            return headers;
        }
        Map<String, String> keyed = new LinkedHashMap<>(headers);
        keyed.put(IDEMPOTENCY_KEY, runId + ":" + stepId);
        return keyed;
    }

    private Object parsed(String body) {
        String trimmed = body.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return json.parse(trimmed);
        } catch (Json.MalformedJsonException notJson) {
            return null;
        }
    }
}
