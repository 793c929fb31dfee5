package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.PlatformSettings;

import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * {@link PlatformSettings} in a map, for tests of the use cases; it honours
 * {@code PlatformSettingsContract}: the first value stored for a name is kept for good, and the
 * supplier is only asked when there is none yet.
 */
public final class InMemoryPlatformSettings implements PlatformSettings {

    private final ConcurrentHashMap<String, String> byName = new ConcurrentHashMap<>();

    @Override
    public String getOrCreate(String name, Supplier<String> initial) {
        Objects.requireNonNull(name, "name");
        return byName.computeIfAbsent(name, ignored -> Objects.requireNonNull(initial.get(), "initial value"));
    }
}
