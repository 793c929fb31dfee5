package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.listener.EndpointAddress;

/** Builds the public URL of an endpoint from the configured base URL ({@code dynamic-endpoints.public-base-url}). */
public final class EndpointUrls {

    private final String baseUrl;

    public EndpointUrls(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    public String of(EndpointAddress address) {
        return baseUrl + address.path();
    }

    public String baseUrl() {
        return baseUrl;
    }
}
