package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code merge(items)}, as Twig's filter: a list with the items added at its end
 * ({@code [1, 2]|merge([3])} → {@code [1, 2, 3]}), or a map with the items' entries added or replacing
 * ({@code {"a": 1}|merge({"a": 2, "b": 3})} → {@code {"a": 2, "b": 3}}); the value filtered decides which.
 * Replaces Pebble's, which copies both in one go: ours counts each element against the value size and
 * the render's time, so a list doubled in a loop stops at the limit, not after the copy. Maps keep
 * their order, as in Twig.
 */
final class Merge extends ScriptFunction {

    Merge() {
        super("merge");
    }

    @Override
    Object call(Arguments arguments) {
        Object value = arguments.value(0);
        Object items = arguments.value(1);
        if (value == null && items == null) {
            throw new IllegalArgumentException("needs a list or map to merge");
        }
        if (value == null || items == null) {
            return value == null ? items : value;
        }
        RenderBudget budget = RenderBudget.current();
        return switch (value) {
            case Map<?, ?> map -> intoMap(map, items, budget);
            case Collection<?> list -> intoList(list, items, budget);
            case Object array when array.getClass().isArray() -> intoList(TemplateValues.elements(array), items, budget);
            default -> throw new IllegalArgumentException("can merge only lists and maps");
        };
    }

    private static Map<Object, Object> intoMap(Map<?, ?> map, Object items, RenderBudget budget) {
        Map<Object, Object> merged = new LinkedHashMap<>();
        map.forEach((key, element) -> put(merged, key, element, budget));
        switch (items) {
            case Map<?, ?> other -> other.forEach((key, element) -> put(merged, key, element, budget));
            case Collection<?> list -> list.forEach(element -> put(merged, element, element, budget));
            default -> throw new IllegalArgumentException("can merge only a list or map into a map");
        }
        return merged;
    }

    private static void put(Map<Object, Object> merged, Object key, Object element, RenderBudget budget) {
        budget.spend(0);
        merged.put(key, element);
        budget.checkElements(merged.size(), 0);
    }

    private static List<Object> intoList(Collection<?> list, Object items, RenderBudget budget) {
        Collection<?> more = switch (items) {
            case Map<?, ?> map -> map.entrySet();
            case Collection<?> other -> other;
            case Object array when array.getClass().isArray() -> TemplateValues.elements(array);
            default -> throw new IllegalArgumentException("can merge only a list or map into a list");
        };
        // Refused before copying: the result's size is known, and the copy is what would cost.
        budget.checkElements((long) list.size() + more.size(), 0);
        List<Object> merged = new ArrayList<>(list.size() + more.size());
        for (Object element : list) {
            budget.spend(0);
            merged.add(element);
        }
        for (Object element : more) {
            budget.spend(0);
            merged.add(element);
        }
        return merged;
    }
}
