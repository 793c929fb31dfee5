package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code slice(start, length = to the end)}, as Twig's filter: part of a list, map or text. A negative
 * start counts from the end; a negative length stops that many before the end:
 * {@code [1, 2, 3, 4]|slice(1, 2)} → {@code [2, 3]}, {@code "abcdef"|slice(-2)} → {@code ef}. Replaces
 * Pebble's, whose second argument is an end index.
 */
final class Slice extends ScriptFunction {

    Slice() {
        super("slice");
    }

    @Override
    Object call(Arguments arguments) {
        Object value = arguments.value(0);
        int start = arguments.integer(1, 0);
        return switch (value) {
            case null -> null;
            case Map<?, ?> map -> {
                RenderBudget.current().spend(map.size(), 0);
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                int[] range = range(entries.size(), start, arguments);
                Map<Object, Object> slice = new LinkedHashMap<>();
                RenderBudget budget = RenderBudget.current();
                for (Map.Entry<?, ?> entry : entries.subList(range[0], range[1])) {
                    budget.spend(0);
                    slice.put(entry.getKey(), entry.getValue());
                }
                yield slice;
            }
            case List<?> list -> {
                int[] range = range(list.size(), start, arguments);
                // One bulk copy, charged before: it is no longer than the list, which is within the limit.
                RenderBudget.current().spend(range[1] - range[0], 0);
                yield new ArrayList<>(list.subList(range[0], range[1]));
            }
            case Object other -> {
                String text = TemplateValues.text(other);
                int[] range = range(text.length(), start, arguments);
                yield text.substring(range[0], range[1]);
            }
        };
    }

    private static int[] range(int size, int start, Arguments arguments) {
        int from = start < 0 ? Math.max(0, size + start) : Math.min(start, size);
        int to = size;
        if (arguments.has(2)) {
            int length = arguments.integer(2, 0);
            to = length < 0 ? Math.max(from, size + length) : (int) Math.min((long) from + length, size);
        }
        return new int[] {from, to};
    }
}
