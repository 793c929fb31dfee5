package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.listener.ReturnType;

import java.util.Map;

/**
 * The output of an endpoint response step: its own return type and rendered body (or URL), with the
 * optional status and headers it overrides. The listener turns it into the HTTP reply.
 */
public record RenderedReply(ReturnType returnType, String body, Integer status, Map<String, String> headers) {

    public RenderedReply {
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }
}
