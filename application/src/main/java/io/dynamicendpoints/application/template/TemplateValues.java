package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.lang.reflect.Array;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the scripting functions read the values templates pass them: text, numbers (numeric text
 * counts, as in PHP), lists. Kept in one place so every function agrees.
 */
final class TemplateValues {

    private TemplateValues() {
    }

    /**
     * The text a value prints as: nothing for null, plain digits for decimals, {@code [a, b]} and
     * {@code {k=v}} for lists and maps. Lists and maps are written within the value size: one list
     * holding the same long text many times would otherwise print as far more than any value may be.
     */
    static String text(Object value) {
        return switch (value) {
            case null -> "";
            case String string -> string;
            case BigDecimal decimal -> decimal.toPlainString();
            case Collection<?> collection -> describe(collection);
            case Map<?, ?> map -> describe(map);
            default -> String.valueOf(value);
        };
    }

    private static String describe(Object value) {
        BoundedText out = new BoundedText(RenderBudget.current());
        describe(value, out, 0);
        return out.toString();
    }

    /** As Java's {@code toString} of collections and maps, which templates have always printed. */
    private static void describe(Object value, BoundedText out, int depth) {
        if (depth > JsonText.MAX_DEPTH) {
            throw new IllegalArgumentException("The value is nested more than " + JsonText.MAX_DEPTH + " levels deep");
        }
        switch (value) {
            case Collection<?> collection -> {
                out.append('[');
                boolean first = true;
                for (Object element : collection) {
                    out.append(first ? "" : ", ");
                    first = false;
                    describe(element, out, depth + 1);
                }
                out.append(']');
            }
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(first ? "" : ", ");
                    first = false;
                    describe(entry.getKey(), out, depth + 1);
                    out.append('=');
                    describe(entry.getValue(), out, depth + 1);
                }
                out.append('}');
            }
            case null, default -> out.append(String.valueOf(value));
        }
    }

    /** True for null, empty text and empty lists and maps. */
    static boolean isEmpty(Object value) {
        return switch (value) {
            case null -> true;
            case CharSequence text -> text.isEmpty();
            case SafeString safe -> safe.toString().isEmpty();
            case Collection<?> collection -> collection.isEmpty();
            case Map<?, ?> map -> map.isEmpty();
            default -> false;
        };
    }

    /** A number, or numeric text ({@code " 12.50 "}, {@code "1e3"}) as a number; anything else is empty. */
    static Optional<BigDecimal> number(Object value) {
        return switch (value) {
            case BigDecimal decimal -> Optional.of(decimal);
            case BigInteger integer -> Optional.of(new BigDecimal(integer));
            case Integer integer -> Optional.of(BigDecimal.valueOf(integer));
            case Long integer -> Optional.of(BigDecimal.valueOf(integer));
            case Short integer -> Optional.of(BigDecimal.valueOf(integer));
            case Byte integer -> Optional.of(BigDecimal.valueOf(integer));
            case Double real when Double.isFinite(real) -> Optional.of(BigDecimal.valueOf(real));
            case Float real when Float.isFinite(real) -> Optional.of(new BigDecimal(Float.toString(real)));
            case Number other -> parse(other.toString());
            case CharSequence text -> parse(text.toString());
            case SafeString safe -> parse(safe.toString());
            case null, default -> Optional.empty();
        };
    }

    private static Optional<BigDecimal> parse(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > 400) {
            return Optional.empty();
        }
        try {
            BigDecimal number = new BigDecimal(trimmed);
            // "1e999999999" is valid for BigDecimal; refuse exponents no template means.
            return Math.abs((long) number.scale()) > 1000 ? Optional.empty() : Optional.of(number);
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * A computed number in the form templates print best: a whole number as a {@code Long} (2500, not
     * 2500.00), a fraction as a {@code BigDecimal} without trailing zeros (2.5).
     */
    static Number tidy(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        if (stripped.scale() <= 0) {
            BigInteger whole = stripped.toBigIntegerExact();
            return whole.bitLength() < 64 ? whole.longValue() : whole;
        }
        return stripped;
    }

    /** The elements of a list, the values of a map; any other value is a list of itself, null an empty list. */
    static List<Object> elements(Object value) {
        return switch (value) {
            case null -> List.of();
            case Collection<?> collection -> new ArrayList<>(collection);
            case Map<?, ?> map -> new ArrayList<>(map.values());
            case Object array when array.getClass().isArray() -> {
                List<Object> list = new ArrayList<>();
                for (int i = 0; i < Array.getLength(array); i++) {
                    list.add(Array.get(array, i));
                }
                yield list;
            }
            default -> new ArrayList<>(Arrays.asList(value));
        };
    }
}
