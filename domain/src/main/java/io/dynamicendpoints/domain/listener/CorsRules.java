package io.dynamicendpoints.domain.listener;

/**
 * Cross-origin rules of an endpoint: whether browsers from other origins may call it, and which
 * ({@code cors_domains}: a comma-separated template of origins, or {@code *}).
 *
 * @param strictPreflightAuth when true, a preflight must pass the JWT check like any request — the
 *                            documented behaviour, which stops browsers from calling JWT endpoints
 *                            because preflights never carry credentials. Off by default.
 */
public record CorsRules(boolean enabled, String domains, boolean strictPreflightAuth) {

    public static final CorsRules OFF = new CorsRules(false, "", false);

    public CorsRules {
        domains = domains == null ? "" : domains;
    }

    public CorsRules(boolean enabled, String domains) {
        this(enabled, domains, false);
    }
}
