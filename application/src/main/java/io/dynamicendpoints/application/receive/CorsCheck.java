package io.dynamicendpoints.application.receive;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an endpoint's CORS rules: which origins may call it from a browser, and how preflights are
 * answered. Origins match exactly (scheme, host and port), list items are trimmed, {@code *} allows all.
 */
public final class CorsCheck {

    public static final String ALLOWED_METHODS = "GET, POST, PUT, OPTIONS";
    static final String DEFAULT_ALLOWED_HEADERS = "Content-Type, Authorization, token";
    static final String MAX_AGE_SECONDS = "600";

    /**
     * @param enabled the endpoint's {@code allow_cors}
     * @param domains the resolved {@code cors_domains}
     */
    public CorsDecision decide(boolean enabled, String domains, IncomingRequest request) {
        Optional<String> origin = request.header("origin").map(String::strip).filter(value -> !value.isEmpty());
        boolean preflight = request.method().equals("OPTIONS");
        if (!enabled || origin.isEmpty()) {
            return new CorsDecision.NotApplicable();
        }
        boolean any = Arrays.stream(domains.split(",")).map(String::strip).anyMatch("*"::equals);
        boolean listed = Arrays.stream(domains.split(",")).map(String::strip).anyMatch(origin.get()::equals);
        if (!any && !listed) {
            return new CorsDecision.Forbidden(origin.get());
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Access-Control-Allow-Origin", any && !listed ? "*" : origin.get());
        headers.put("Vary", "Origin");
        if (!preflight) {
            return new CorsDecision.Allowed(headers);
        }
        headers.put("Access-Control-Allow-Methods", ALLOWED_METHODS);
        headers.put("Access-Control-Allow-Headers",
                request.header("access-control-request-headers").map(String::strip).filter(h -> !h.isEmpty())
                        .orElse(DEFAULT_ALLOWED_HEADERS));
        headers.put("Access-Control-Max-Age", MAX_AGE_SECONDS);
        return new CorsDecision.Preflight(headers);
    }
}
