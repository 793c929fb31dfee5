package io.dynamicendpoints.domain.listener;

import java.util.Arrays;
import java.util.Optional;

/**
 * How an endpoint answers its caller. The three fixed types render a template of the listener; with
 * {@code continue} a step produces the reply; with {@code sse} the steps stream events.
 */
public enum ReturnType {
    DATA("data"),
    HTML("html"),
    REDIRECT("redirect"),
    CONTINUE("continue"),
    SSE("sse");

    private final String externalName;

    ReturnType(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    /** Whether the reply is a template of the listener itself (and so what an endpoint response step may use). */
    public boolean isFixed() {
        return this == DATA || this == HTML || this == REDIRECT;
    }

    public static Optional<ReturnType> fromExternalName(String name) {
        return Arrays.stream(values()).filter(type -> type.externalName.equals(name)).findFirst();
    }
}
