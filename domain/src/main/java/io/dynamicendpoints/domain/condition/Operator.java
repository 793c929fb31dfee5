package io.dynamicendpoints.domain.condition;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The comparison operators of a virtual condition, with the runtime keys the product uses. The
 * builder writes the short aliases ({@code empty}, {@code not_empty}), generated definitions the long
 * names; both mean the same.
 */
public enum Operator {
    EQUAL("equal"),
    NOT_EQUAL("not_equal"),
    GREATER("greater"),
    GREATER_OR_EQUAL("greater_or_equal"),
    LESS("less"),
    LESS_OR_EQUAL("less_or_equal"),
    GREATER_THAN_NOW("greater_than_now"),
    LESS_THAN_NOW("less_than_now"),
    BETWEEN("between"),
    CONTAINS("contains"),
    NOT_CONTAINS("not_contains"),
    BEGINS_WITH("begins_with"),
    NOT_BEGINS_WITH("not_begins_with"),
    ENDS_WITH("ends_with"),
    NOT_ENDS_WITH("not_ends_with"),
    IS_EMPTY("is_empty", "empty"),
    IS_NOT_EMPTY("is_not_empty", "not_empty");

    private final String externalName;
    private final List<String> aliases;

    Operator(String externalName, String... aliases) {
        this.externalName = externalName;
        this.aliases = List.of(aliases);
    }

    public String externalName() {
        return externalName;
    }

    public List<String> aliases() {
        return aliases;
    }

    /** Whether the operator reads the right-hand side at all. */
    public boolean usesRight() {
        return switch (this) {
            case GREATER_THAN_NOW, LESS_THAN_NOW, IS_EMPTY, IS_NOT_EMPTY -> false;
            default -> true;
        };
    }

    public static Optional<Operator> fromExternalName(String name) {
        return Arrays.stream(values())
                .filter(op -> op.externalName.equals(name) || op.aliases.contains(name))
                .findFirst();
    }
}
