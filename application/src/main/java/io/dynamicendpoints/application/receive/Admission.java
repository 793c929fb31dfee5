package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.domain.listener.EndpointListener;

import java.time.Clock;
import java.util.Map;

/**
 * Decides whether a request may reach the workflow, in the fixed order: a CORS preflight from an
 * allowed origin is answered first (unless the endpoint asks for strict preflight authentication),
 * then the JWT, then the remaining CORS rules. A request that fails never reaches the workflow.
 */
final class Admission {

    private static final Map<String, Object> NO_REQUEST_DATA = Map.of();

    private final JwtVerification jwtVerification;
    private final CorsCheck corsCheck;
    private final Clock clock;

    Admission(JwtVerification jwtVerification, CorsCheck corsCheck, Clock clock) {
        this.jwtVerification = jwtVerification;
        this.corsCheck = corsCheck;
        this.clock = clock;
    }

    /** What the checks concluded: stop with a reply, or proceed (with CORS headers to add to the reply). */
    sealed interface Verdict {
        record Stop(ListenerResponse response) implements Verdict {
        }

        record Proceed(JwtOutcome jwt, Map<String, String> corsHeaders) implements Verdict {
        }
    }

    /** @throws io.dynamicendpoints.application.template.TemplateException when a listener template fails */
    Verdict admit(PublishedEndpoint endpoint, IncomingRequest request) {
        EndpointListener listener = endpoint.workflow().listener();
        // A check that is off renders none of its templates: it costs nothing, and a template of a
        // switched-off check (kept for later) can never fail the request.
        boolean corsOn = listener.cors().enabled();
        CorsDecision cors = corsCheck.decide(corsOn,
                corsOn ? endpoint.corsDomains().render(NO_REQUEST_DATA) : "", request);
        // Preflights carry no credentials by design; answering them before the JWT check is what lets
        // browsers call protected endpoints. The real request still needs its token.
        if (cors instanceof CorsDecision.Preflight preflight && !listener.cors().strictPreflightAuth()) {
            return new Verdict.Stop(new NoContentResponse(preflight.headers()));
        }
        boolean jwtOn = listener.jwt().enabled();
        JwtOutcome jwt = jwtVerification.verify(request, listener.jwt(),
                jwtOn ? endpoint.endpointKey().render(NO_REQUEST_DATA) : "",
                jwtOn ? endpoint.endpointSecret().render(NO_REQUEST_DATA) : "", clock.instant());
        switch (jwt) {
            case JwtOutcome.Missing missing -> {
                return new Verdict.Stop(new ErrorResponse(403, "missing_token", null, null,
                        "This endpoint needs a JWT in 'Authorization: Bearer' or the 'token' header", Map.of()));
            }
            case JwtOutcome.Rejected rejected -> {
                return new Verdict.Stop(new ErrorResponse(401, "invalid_token", rejected.reason(), null,
                        rejected.message(), Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\"")));
            }
            case JwtOutcome.NotRequired notRequired -> {
            }
            case JwtOutcome.Verified verified -> {
            }
        }
        return switch (cors) {
            case CorsDecision.Forbidden forbidden -> new Verdict.Stop(new ErrorResponse(403, "origin_not_allowed",
                    "Origin " + forbidden.origin() + " may not call this endpoint"));
            case CorsDecision.Preflight preflight -> new Verdict.Stop(new NoContentResponse(preflight.headers()));
            case CorsDecision.Allowed allowed -> new Verdict.Proceed(jwt, allowed.headers());
            case CorsDecision.NotApplicable notApplicable -> new Verdict.Proceed(jwt, Map.of());
        };
    }
}
