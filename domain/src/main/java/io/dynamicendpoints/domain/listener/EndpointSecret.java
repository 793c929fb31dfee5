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

    /** A new 256-bit secret as 64 hex characters. */
    public static EndpointSecret generate(java.util.random.RandomGenerator random) {
        return new EndpointSecret(RandomHex.of(random, 32));
    }

    public boolean isBlank() {
        return template.isBlank();
    }

    @Override
    public String toString() {
        return template.isEmpty() ? "EndpointSecret[]" : "EndpointSecret[****]";
    }
}
