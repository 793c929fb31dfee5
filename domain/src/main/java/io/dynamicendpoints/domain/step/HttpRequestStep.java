package io.dynamicendpoints.domain.step;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Calls another system over HTTP and keeps {@code {status, headers, body, json}} of its answer as
 * {@code __data.<store_as>}. Every call has a timeout: unbounded waits would pin a worker forever.
 */
public record HttpRequestStep(String id, String method, String url, Map<String, String> headers, String body,
                              String storeAs, int timeoutMs, List<Step> then) implements Step {

    public static final int DEFAULT_TIMEOUT_MS = 10_000;
    public static final int MAX_TIMEOUT_MS = 60_000;
    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD");

    public HttpRequestStep {
        id = StepRules.id(id);
        method = method == null || method.isBlank() ? "GET" : method.toUpperCase(java.util.Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw new InvalidStepException("method", "One of " + String.join(", ", METHODS.stream().sorted().toList()));
        }
        if (url == null || url.isBlank()) {
            throw new InvalidStepException("url", "An HTTP request needs a URL");
        }
        headers = StepRules.headers(headers);
        body = StepRules.text(body);
        storeAs = StepRules.plainName("store_as", storeAs);
        if (timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
            throw new InvalidStepException("timeout_ms", "Between 1 and " + MAX_TIMEOUT_MS + " milliseconds");
        }
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.HTTP_REQUEST;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
