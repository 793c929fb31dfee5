package io.dynamicendpoints.domain.workflow;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a run relates to the request that started it: {@code sync} keeps the caller waiting while the
 * steps run, {@code async} (the documented default) runs them in the background.
 */
public enum RunMode {
    SYNC("sync"),
    ASYNC("async");

    private final String externalName;

    RunMode(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    public static Optional<RunMode> fromExternalName(String name) {
        return Arrays.stream(values()).filter(mode -> mode.externalName.equals(name)).findFirst();
    }
}
