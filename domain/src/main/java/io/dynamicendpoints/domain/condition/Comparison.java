package io.dynamicendpoints.domain.condition;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One line of a virtual condition: a left template, an operator and a right template. Both sides are
 * rendered against the run's data before they are compared; for {@code between} the right side holds
 * {@code low,high}.
 */
public record Comparison(String left, Operator operator, String right) {

    public Comparison {
        left = left == null ? "" : left;
        Objects.requireNonNull(operator, "operator");
        right = right == null ? "" : right;
    }

    /** Whether the comparisons hold together: all of them ({@code all}) or at least one ({@code any}). */
    public static boolean holds(Match match, List<Boolean> results) {
        return match == Match.ANY ? results.contains(true) : !results.isEmpty() && !results.contains(false);
    }

    /** Whether this comparison holds for its two sides, already rendered. */
    public boolean holds(String renderedLeft, String renderedRight, Instant now, ZoneId zone) {
        return operator.test(renderedLeft, renderedRight, now, zone);
    }
}
