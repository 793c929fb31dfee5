package io.dynamicendpoints.application.port;

import java.util.function.Supplier;

/** Named values the platform creates once and keeps, such as the API token signing secret. */
public interface PlatformSettings {

    /**
     * The stored value of {@code name}; when there is none, stores {@code initial}'s value first. Two
     * processes racing on an empty database agree on one value.
     */
    String getOrCreate(String name, Supplier<String> initial);
}
