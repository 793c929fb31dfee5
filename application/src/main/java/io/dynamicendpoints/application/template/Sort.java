package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * {@code sort} and {@code rsort}: a list in ascending (descending) order; numbers, numeric text
 * included, by value, other text alphabetically, numbers before text. Replace Pebble's, which sort the
 * list they are given in place (failing on a caller's read-only list) and in one uninterruptible call:
 * ours sort a copy and charge every comparison to the render's time.
 */
final class Sort extends ScriptFunction {

    private final boolean descending;

    private Sort(String name, boolean descending) {
        super(name);
        this.descending = descending;
    }

    static Sort ascending() {
        return new Sort("sort", false);
    }

    static Sort descending() {
        return new Sort("rsort", true);
    }

    @Override
    Object call(Arguments arguments) {
        Object value = arguments.value(0);
        if (value == null) {
            return null;
        }
        if (!(value instanceof Collection<?>) && !value.getClass().isArray()) {
            throw new IllegalArgumentException("can sort only a list");
        }
        RenderBudget budget = RenderBudget.current();
        // Each element is read once (as a number or as text), not at every comparison.
        List<Key> keys = new ArrayList<>();
        for (Object element : TemplateValues.elements(value)) {
            budget.spend(0);
            keys.add(new Key(element, TemplateValues.number(element).orElse(null), TemplateValues.text(element)));
        }
        Comparator<Key> order = (a, b) -> {
            budget.spend(0);
            return a.compareTo(b);
        };
        keys.sort(descending ? order.reversed() : order);
        List<Object> sorted = new ArrayList<>(keys.size());
        keys.forEach(key -> sorted.add(key.element()));
        return sorted;
    }

    /** An element with what it is sorted by. */
    private record Key(Object element, BigDecimal number, String text) implements Comparable<Key> {

        @Override
        public int compareTo(Key other) {
            if (number != null && other.number != null) {
                return number.compareTo(other.number);
            }
            if ((number == null) != (other.number == null)) {
                return number != null ? -1 : 1;
            }
            return text.compareTo(other.text);
        }
    }
}
