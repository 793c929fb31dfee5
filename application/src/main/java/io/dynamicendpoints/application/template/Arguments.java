package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** The positional arguments of one call of a {@link ScriptFunction}, read the way the function needs them. */
record Arguments(String function, List<Object> values) {

    int size() {
        return values.size();
    }

    boolean has(int index) {
        return index < values.size() && values.get(index) != null;
    }

    /** The argument as it is; null when not given. */
    Object value(int index) {
        return index < values.size() ? values.get(index) : null;
    }

    /** A value argument as a number; empty when missing or not numeric (the call then gives nothing). */
    Optional<BigDecimal> number(int index) {
        return TemplateValues.number(value(index));
    }

    /** An option as text, {@code fallback} when not given. */
    String text(int index, String fallback) {
        return has(index) ? TemplateValues.text(value(index)) : fallback;
    }

    /** An option that must be a whole number when given. */
    int integer(int index, int fallback) {
        if (!has(index)) {
            return fallback;
        }
        BigDecimal number = number(index).orElseThrow(() -> new IllegalArgumentException(
                "argument " + (index + 1) + " must be a number, not '" + TemplateValues.text(value(index)) + "'"));
        try {
            return number.intValueExact();
        } catch (ArithmeticException notWhole) {
            throw new IllegalArgumentException("argument " + (index + 1) + " must be a whole number");
        }
    }

    /** An option that must be given. */
    Object required(int index, String what) {
        if (!has(index)) {
            throw new IllegalArgumentException("needs " + what + " as argument " + (index + 1));
        }
        return value(index);
    }
}
