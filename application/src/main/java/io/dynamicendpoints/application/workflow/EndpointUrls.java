package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.listener.EndpointAddress;

import java.util.function.Supplier;

/**
 * Builds the public URL of an endpoint from the configured base URL
 * ({@code dynamic-endpoints.public-base-url}). The base is supplied lazily because, by default, it
 * names the port the server got, which is known only once it listens.
 */
public final class EndpointUrls {

    private final Supplier<String> baseUrl;

    public EndpointUrls(Supplier<String> baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String of(EndpointAddress address) {
        return baseUrl() + address.path();
    }

    public String baseUrl() {
        String base = baseUrl.get();
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
