package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.Extension;
import io.pebbletemplates.pebble.extension.ExtensionCustomizer;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Applied to Pebble's own extensions (core, escaper, i18n, attribute resolution) before they are
 * registered: every built-in filter and function is bounded by the {@link RenderBudget} before and after
 * it runs (the built-ins that loop or grow their value inside one call are replaced altogether by
 * bounded ones in {@link ScriptingExtension}, since a check after the call comes too late); the functions
 * that reach outside the template ({@code i18n} reads resource bundles from the class path) are removed;
 * and Pebble's reflective attribute resolver is dropped, so attribute access is only what
 * {@link DataAttributes} allows.
 */
final class SandboxCustomizer extends ExtensionCustomizer {

    /** Built-ins that are not available in templates. */
    static final Set<String> REMOVED_FUNCTIONS = Set.of("i18n");

    SandboxCustomizer(Extension extension) {
        super(extension);
    }

    @Override
    public Map<String, Filter> getFilters() {
        Map<String, Filter> filters = super.getFilters();
        if (filters == null) {
            return null;
        }
        Map<String, Filter> bounded = new LinkedHashMap<>();
        // Pebble recognises the escape filter by its class (a safe value reaches it unchanged), so it stays
        // as it is; it only grows text by a constant factor, which the next check catches.
        filters.forEach((name, filter) -> bounded.put(name,
                filter instanceof EscapeFilter ? filter : new BoundedFilter(filter)));
        return bounded;
    }

    @Override
    public Map<String, Function> getFunctions() {
        Map<String, Function> functions = super.getFunctions();
        if (functions == null) {
            return null;
        }
        Map<String, Function> bounded = new LinkedHashMap<>();
        functions.forEach((name, function) -> {
            if (!REMOVED_FUNCTIONS.contains(name)) {
                bounded.put(name, new BoundedFunction(function));
            }
        });
        return bounded;
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of();
    }

    /** A built-in filter whose result is checked against the render's budget. */
    private record BoundedFilter(Filter filter) implements Filter {

        @Override
        public List<String> getArgumentNames() {
            return filter.getArgumentNames();
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            RenderBudget budget = RenderBudget.current();
            budget.checkTime(lineNumber);
            return budget.checkSize(filter.apply(input, args, self, context, lineNumber), lineNumber);
        }
    }

    /** A built-in function whose result is checked against the render's budget. */
    private record BoundedFunction(Function function) implements Function {

        @Override
        public List<String> getArgumentNames() {
            return function.getArgumentNames();
        }

        @Override
        public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
            RenderBudget budget = RenderBudget.current();
            budget.checkTime(lineNumber);
            return budget.checkSize(function.execute(args, self, context, lineNumber), lineNumber);
        }
    }
}
