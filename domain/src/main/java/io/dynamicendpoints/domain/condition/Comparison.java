package io.dynamicendpoints.domain.condition;

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
}
