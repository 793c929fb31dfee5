package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

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
            case Map<?, ?> map -> new ArrayList<>(map.keySet());
            case List<?> list -> IntStream.range(0, list.size()).boxed().toList();
            case null, default -> List.of();
        };
    }
}
