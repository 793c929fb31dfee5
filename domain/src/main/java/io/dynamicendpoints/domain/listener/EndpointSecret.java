package io.dynamicendpoints.domain.listener;

/**
 * The shared HMAC secret (a template) that callers sign their JWTs with. A value type of its own so
 * that it can never be printed by accident: {@link #toString()} redacts it.
 */
public record EndpointSecret(String template) {

    public static final EndpointSecret NONE = new EndpointSecret("");

    public EndpointSecret {
        template = template == null ? "" : template;
    }

    public boolean isBlank() {
        return template.isBlank();
    }

    @Override
    public String toString() {
        return template.isEmpty() ? "EndpointSecret[]" : "EndpointSecret[****]";
    }
}
