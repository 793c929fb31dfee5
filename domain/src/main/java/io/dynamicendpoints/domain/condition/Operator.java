package io.dynamicendpoints.domain.condition;

import java.time.Instant;
import java.time.ZoneId;
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

    /**
     * Whether {@code left operator right} holds for two rendered values. Numbers compare as numbers
     * when both sides are numeric ({@code 10000 > 9999}), dates as instants when both sides are dates,
     * everything else as case-sensitive text.
     *
     * @param zone the zone of dates written without one ({@code 2026-05-01}, {@code 2026-05-01 10:00:00})
     */
    public boolean test(String left, String right, Instant now, ZoneId zone) {
        String l = left == null ? "" : left;
        String r = right == null ? "" : right;
        return switch (this) {
            case EQUAL -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) == 0;
            case NOT_EQUAL -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) != 0;
            case GREATER -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) > 0;
            case GREATER_OR_EQUAL -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) >= 0;
            case LESS -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) < 0;
            case LESS_OR_EQUAL -> ComparableValue.of(l, zone).compareTo(ComparableValue.of(r, zone)) <= 0;
            case GREATER_THAN_NOW -> ComparableValue.date(l, zone).map(date -> date.isAfter(now)).orElse(false);
            case LESS_THAN_NOW -> ComparableValue.date(l, zone).map(date -> date.isBefore(now)).orElse(false);
            case BETWEEN -> between(l, r, zone);
            case CONTAINS -> l.contains(r);
            case NOT_CONTAINS -> !l.contains(r);
            case BEGINS_WITH -> l.startsWith(r);
            case NOT_BEGINS_WITH -> !l.startsWith(r);
            case ENDS_WITH -> l.endsWith(r);
            case NOT_ENDS_WITH -> !l.endsWith(r);
            case IS_EMPTY -> isEmpty(l);
            case IS_NOT_EMPTY -> !isEmpty(l);
        };
    }

    /** Inclusive on both ends; the right side is {@code low,high}. A right side without a comma never matches. */
    private static boolean between(String left, String right, ZoneId zone) {
        int comma = right.indexOf(',');
        if (comma < 0) {
            return false;
        }
        ComparableValue value = ComparableValue.of(left, zone);
        return value.compareTo(ComparableValue.of(right.substring(0, comma), zone)) >= 0
                && value.compareTo(ComparableValue.of(right.substring(comma + 1), zone)) <= 0;
    }

    /** Blank text, or an empty list or map as the template engine prints them. {@code "0"} is a value. */
    private static boolean isEmpty(String value) {
        String trimmed = value.strip();
        return trimmed.isEmpty() || trimmed.equals("[]") || trimmed.equals("{}");
    }

    public static Optional<Operator> fromExternalName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(op -> op.externalName.equals(name) || op.aliases.contains(name))
                .findFirst();
    }
}
