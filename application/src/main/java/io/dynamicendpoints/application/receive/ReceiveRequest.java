package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.util.Map;

/**
 * The listener's use case: a request arrives on an endpoint's URL and gets the reply its workflow
 * defines. Runs on the hot path, so it reads only the in-memory {@link PublishedEndpoints}.
 */
public final class ReceiveRequest {

    private final PublishedEndpoints endpoints;
    private final RequestExtraction extraction;
    private final ReplyContentType contentTypes;

    public ReceiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, ReplyContentType contentTypes) {
        this.endpoints = endpoints;
        this.extraction = extraction;
        this.contentTypes = contentTypes;
    }

    /** @throws EndpointNotFoundException when no published endpoint has the request's hashes */
    public ListenerResponse receive(IncomingRequest request) {
        PublishedEndpoint endpoint = endpoints.find(request.firstHash(), request.secondHash())
                .orElseThrow(EndpointNotFoundException::new);
        VirtualRecord record;
        try {
            record = extraction.extract(request);
        } catch (Json.MalformedJsonException e) {
            return new ErrorResponse(400, "invalid_json", "The body is declared as JSON but does not parse: "
                    + e.getMessage(), Map.of());
        }
        Map<String, Object> variables = Map.of(VirtualRecord.VARIABLE, record.data());
        try {
            return switch (endpoint.workflow().listener().returnType()) {
                case DATA -> data(endpoint.reply().render(variables));
                case HTML -> new HtmlResponse(endpoint.reply().render(variables));
                case REDIRECT -> redirect(endpoint.reply().render(variables).strip());
                case CONTINUE, SSE -> new ErrorResponse(501, "not_implemented",
                        "Return type '" + endpoint.workflow().listener().returnType().externalName()
                                + "' needs the workflow engine, which this version does not have yet", Map.of());
            };
        } catch (TemplateException e) {
            return new ErrorResponse(500, "template_failed", "The endpoint's reply template failed: " + e.getMessage(),
                    Map.of());
        }
    }

    private DataResponse data(String body) {
        return new DataResponse(body.strip().isEmpty() ? "" : body, contentTypes.detect(body).orElse(null));
    }

    private static ListenerResponse redirect(String location) {
        if (location.isEmpty() || location.contains("\n") || location.contains("\r")) {
            return new ErrorResponse(500, "invalid_redirect", "The endpoint's redirect URL rendered empty or invalid",
                    Map.of());
        }
        return new RedirectResponse(location);
    }
}
