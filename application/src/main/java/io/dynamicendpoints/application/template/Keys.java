package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code keys}: the keys of a map, in order ({@code __data|keys|join(", ")} lists every field a caller
 * sent); the indexes of a list; nothing else has keys (empty list).
 */
final class Keys extends ScriptFunction {

    Keys() {
        super("keys");
    }

    @Override
    Object call(Arguments arguments) {
        return switch (arguments.value(0)) {
            case Map<?, ?> map -> {
                RenderBudget budget = RenderBudget.current();
                List<Object> keys = new ArrayList<>(map.size());
                for (Object key : map.keySet()) {
                    budget.spend(0);
                    keys.add(key);
                }
                yield keys;
            }
            case List<?> list -> {
                RenderBudget budget = RenderBudget.current();
                List<Integer> indexes = new ArrayList<>(list.size());
                for (int i = 0; i < list.size(); i++) {
                    budget.spend(0);
                    indexes.add(i);
                }
                yield indexes;
            }
            case null, default -> List.of();
        };
    }
}
