package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code reverse}, as Twig's filter: a list or map in reverse order, or text backwards
 * ({@code "abc"|reverse} → {@code cba}). Replaces Pebble's, which accepts lists only.
 */
final class Reverse extends ScriptFunction {

    Reverse() {
        super("reverse");
    }

    @Override
    Object call(Arguments arguments) {
        RenderBudget budget = RenderBudget.current();
        return switch (arguments.value(0)) {
            case null -> null;
            case Map<?, ?> map -> {
                List<Map.Entry<?, ?>> entries = new ArrayList<>(map.entrySet());
                Collections.reverse(entries);
                Map<Object, Object> reversed = new LinkedHashMap<>();
                for (Map.Entry<?, ?> entry : entries) {
                    budget.spend(0);
                    reversed.put(entry.getKey(), entry.getValue());
                }
                yield reversed;
            }
            case Iterable<?> list -> {
                List<Object> reversed = new ArrayList<>();
                for (Object element : list) {
                    budget.spend(0);
                    budget.checkElements(reversed.size() + 1L, 0);
                    reversed.add(element);
                }
                Collections.reverse(reversed);
                yield reversed;
            }
            case Object value -> {
                String text = TemplateValues.text(value);
                budget.spend(text.length(), 0); // one pass over text within the limit
                yield new StringBuilder(text).reverse().toString();
            }
        };
    }
}
