package io.dynamicendpoints.domain.listener;

/**
 * Cross-origin rules of an endpoint: whether browsers from other origins may call it, and which
 * ({@code cors_domains}: a comma-separated template of origins, or {@code *}).
 */
public record CorsRules(boolean enabled, String domains) {

    public static final CorsRules OFF = new CorsRules(false, "");

    public CorsRules {
        domains = domains == null ? "" : domains;
    }
}
