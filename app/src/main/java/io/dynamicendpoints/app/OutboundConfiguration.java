package io.dynamicendpoints.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;
import java.util.List;

/**
 * Outbound calls of the {@code http_request} step ({@code dynamic-endpoints.outbound.*}).
 *
 * @param allowedHosts     hosts or IP addresses that may be called although they are loopback,
 *                         private, link-local or otherwise {@linkplain InternalAddresses internal}
 *                         (refused by default: a workflow's URL is a template that callers can
 *                         influence, and the platform must not become a way into its own network)
 * @param connectTimeout   how long to wait for a connection
 * @param maxResponseBytes the most of a response body that is read and kept
 */
@ConfigurationProperties("dynamic-endpoints.outbound")
public record OutboundConfiguration(
        @Bindable(defaultValue = "") List<String> allowedHosts,
        @Bindable(defaultValue = "5s") Duration connectTimeout,
        @Bindable(defaultValue = "1048576") int maxResponseBytes) {
}
