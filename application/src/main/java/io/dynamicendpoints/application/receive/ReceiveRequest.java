package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.WithHeaders;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listener's use case: a request arrives on an endpoint's URL and gets the reply its workflow
 * defines. Runs on the hot path, so it reads only the in-memory {@link PublishedEndpoints}.
 *
 * <p>The order is fixed: find the endpoint; answer a CORS preflight from an allowed origin (unless the
 * endpoint asks for strict preflight authentication); check the JWT; apply the CORS rules; only then
 * read the body and produce the reply. A request that fails a check never reaches the workflow.
 */
public final class ReceiveRequest {

    private static final Map<String, Object> NO_REQUEST_DATA = Map.of();

    private final PublishedEndpoints endpoints;
    private final RequestExtraction extraction;
    private final ReplyContentType contentTypes;
    private final JwtVerification jwtVerification;
    private final CorsCheck corsCheck;
    private final Clock clock;
    private final RequestRecorder recorder;

    public ReceiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, ReplyContentType contentTypes,
                          JwtVerification jwtVerification, CorsCheck corsCheck, Clock clock, RequestRecorder recorder) {
        this.endpoints = endpoints;
        this.extraction = extraction;
        this.contentTypes = contentTypes;
        this.jwtVerification = jwtVerification;
        this.corsCheck = corsCheck;
        this.clock = clock;
        this.recorder = recorder;
    }

    /** @throws EndpointNotFoundException when no published endpoint has the request's hashes */
    public ListenerResponse receive(IncomingRequest request) {
        PublishedEndpoint endpoint = endpoints.find(request.firstHash(), request.secondHash())
                .orElseThrow(EndpointNotFoundException::new);
        return recorder.recordAnswer(endpoint.workflow(), request, clock, () -> answer(endpoint, request));
    }

    private ListenerResponse answer(PublishedEndpoint endpoint, IncomingRequest request) {
        EndpointListener listener = endpoint.workflow().listener();
        try {
            CorsDecision cors = corsCheck.decide(listener.cors().enabled(),
                    endpoint.corsDomains().render(NO_REQUEST_DATA), request);
            // Preflights carry no credentials by design; answering them before the JWT check is what
            // lets browsers call protected endpoints. The real request still needs its token.
            if (cors instanceof CorsDecision.Preflight preflight && !listener.cors().strictPreflightAuth()) {
                return new NoContentResponse(preflight.headers());
            }
            JwtOutcome jwt = jwtVerification.verify(request, listener.jwt(),
                    endpoint.endpointKey().render(NO_REQUEST_DATA), endpoint.endpointSecret().render(NO_REQUEST_DATA),
                    clock.instant());
            switch (jwt) {
                case JwtOutcome.Missing missing -> {
                    return new ErrorResponse(403, "missing_token", null,
                            "This endpoint needs a JWT in 'Authorization: Bearer' or the 'token' header", Map.of());
                }
                case JwtOutcome.Rejected rejected -> {
                    return new ErrorResponse(401, "invalid_token", rejected.reason(), rejected.message(),
                            Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
                }
                case JwtOutcome.NotRequired notRequired -> {
                }
                case JwtOutcome.Verified verified -> {
                }
            }
            return switch (cors) {
                case CorsDecision.Forbidden forbidden -> new ErrorResponse(403, "origin_not_allowed", null,
                        "Origin " + forbidden.origin() + " may not call this endpoint", Map.of());
                case CorsDecision.Preflight preflight -> new NoContentResponse(preflight.headers());
                case CorsDecision.Allowed allowed -> new WithHeaders(respond(endpoint, request, jwt), allowed.headers());
                case CorsDecision.NotApplicable notApplicable -> respond(endpoint, request, jwt);
            };
        } catch (TemplateException e) {
            return new ErrorResponse(500, "template_failed", "A template of the endpoint failed: " + e.getMessage());
        }
    }

    private ListenerResponse respond(PublishedEndpoint endpoint, IncomingRequest request, JwtOutcome jwt) {
        if (request.method().equals("OPTIONS")) {
            return new NoContentResponse(Map.of()); // not a preflight: nothing to run, nothing to say
        }
        VirtualRecord record;
        try {
            record = extraction.extract(request);
        } catch (Json.MalformedJsonException e) {
            return new ErrorResponse(400, "invalid_json",
                    "The body is declared as JSON but does not parse: " + e.getMessage());
        }
        Map<String, Object> data = withJwtData(record.data(), jwt);
        Map<String, Object> variables = Map.of(VirtualRecord.VARIABLE, data);
        return switch (endpoint.workflow().listener().returnType()) {
            case DATA -> data(endpoint.reply().render(variables));
            case HTML -> new HtmlResponse(endpoint.reply().render(variables));
            case REDIRECT -> redirect(endpoint.reply().render(variables).strip());
            case CONTINUE, SSE -> new ErrorResponse(501, "not_implemented",
                    "Return type '" + endpoint.workflow().listener().returnType().externalName()
                            + "' needs the workflow engine, which this version does not have yet");
        };
    }

    /** The token's {@code data} claim, as {@code __data.__headers.__jwt_data[0]} (a one-element list, as documented). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> withJwtData(Map<String, Object> data, JwtOutcome jwt) {
        if (!(jwt instanceof JwtOutcome.Verified verified) || verified.data().isEmpty()) {
            return data;
        }
        Map<String, Object> headers = new LinkedHashMap<>((Map<String, Object>) data.get(VirtualRecord.HEADERS));
        headers.put("__jwt_data", List.of(verified.data().get()));
        Map<String, Object> copy = new LinkedHashMap<>(data);
        copy.put(VirtualRecord.HEADERS, headers);
        return copy;
    }

    private DataResponse data(String body) {
        return new DataResponse(body.strip().isEmpty() ? "" : body, contentTypes.detect(body).orElse(null));
    }

    private static ListenerResponse redirect(String location) {
        if (location.isEmpty() || location.contains("\n") || location.contains("\r")) {
            return new ErrorResponse(500, "invalid_redirect", "The endpoint's redirect URL rendered empty or invalid");
        }
        return new RedirectResponse(location);
    }
}
