package io.dynamicendpoints.application.receive;

import java.util.Map;

/** What the CORS rules make of a request. */
public sealed interface CorsDecision {

    /** Not a cross-origin matter (no {@code Origin}, or CORS off and not a preflight): proceed untouched. */
    record NotApplicable() implements CorsDecision {
    }

    /** An allowed cross-origin request: proceed, and add these headers to whatever the reply is. */
    record Allowed(Map<String, String> headers) implements CorsDecision {
    }

    /** A preflight to answer now with 204 and these headers; the workflow does not run. */
    record Preflight(Map<String, String> headers) implements CorsDecision {
    }

    /** An origin the endpoint does not allow: 403, no CORS headers. */
    record Forbidden(String origin) implements CorsDecision {
    }
}
