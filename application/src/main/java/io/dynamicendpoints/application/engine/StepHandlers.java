package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.Step;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The handler of every step kind. Built from an explicit list and checked against the sealed
 * {@link Step} hierarchy at construction, so a new step kind without a handler fails at start-up,
 * not on the first request that uses it.
 */
public final class StepHandlers {

    private final Map<Class<?>, StepHandler<?>> byType;

    public StepHandlers(List<StepHandler<?>> handlers) {
        Map<Class<?>, StepHandler<?>> map = new HashMap<>();
        for (StepHandler<?> handler : handlers) {
            if (map.put(handler.stepType(), handler) != null) {
                throw new IllegalStateException("Two handlers for " + handler.stepType().getSimpleName());
            }
        }
        Set<Class<?>> kinds = Arrays.stream(Step.class.getPermittedSubclasses()).collect(Collectors.toSet());
        Set<String> missing = kinds.stream().filter(kind -> !map.containsKey(kind)).map(Class::getSimpleName)
                .collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            throw new IllegalStateException("No handler for step kinds " + missing);
        }
        this.byType = Map.copyOf(map);
    }

    @SuppressWarnings("unchecked")
    StepOutcome execute(Step step, ExecutionContext context) {
        StepHandler<Step> handler = (StepHandler<Step>) byType.get(step.getClass());
        return handler.execute(step, context);
    }
}
