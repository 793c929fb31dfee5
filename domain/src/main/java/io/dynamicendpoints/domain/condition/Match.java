package io.dynamicendpoints.domain.condition;

import java.util.Arrays;
import java.util.Optional;

/** How the comparisons of a condition combine: {@code all} (AND, the default) or {@code any} (OR). */
public enum Match {
    ALL("all"),
    ANY("any");

    private final String externalName;

    Match(String externalName) {
        this.externalName = externalName;
    }

    public String externalName() {
        return externalName;
    }

    public static Optional<Match> fromExternalName(String name) {
        return Arrays.stream(values()).filter(match -> match.externalName.equals(name)).findFirst();
    }
}
