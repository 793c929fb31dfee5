package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.Collection;
import java.util.Map;

/**
 * The {@code escape} filter of one engine (one {@link TemplateOutput.Escaping}): Pebble's, with the
 * engine's default strategy, the product's {@code json} strategy ({@link JsonText#escape}), and one
 * rule more: {@code json_encode}'s output ({@link EncodedJson}) is already right inside a JSON reply, so
 * it passes the {@code json} strategy untouched, but inside an HTML page it is escaped like any value —
 * otherwise a caller's {@code <script>} inside a JSON string would reach the page (as in Twig, print it
 * with {@code |raw} where that is wanted, such as in a script block).
 */
final class OutputEscaping extends AbstractExtension {

    private final Map<String, Filter> filters;

    OutputEscaping(String defaultStrategy) {
        this.filters = Map.of("escape", new Escape(defaultStrategy));
    }

    @Override
    public Map<String, Filter> getFilters() {
        return filters;
    }

    /** JSON text written by {@code json_encode}: safe in JSON, not in markup. */
    static final class EncodedJson extends SafeString {

        EncodedJson(String json) {
            super(json);
        }
    }

    /** Extends Pebble's class because Pebble hands safe values unchanged only to an {@code EscapeFilter}. */
    private static final class Escape extends EscapeFilter {

        private final String defaultStrategy;

        Escape(String defaultStrategy) {
            this.defaultStrategy = defaultStrategy;
            setDefaultStrategy(defaultStrategy);
            addEscapingStrategy(JSON_ESCAPE_STRATEGY, JsonText::escape);
        }

        @Override
        public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                            int lineNumber) {
            Object strategy = args.get("strategy");
            String effective = strategy == null ? defaultStrategy : strategy.toString();
            Object value = input instanceof EncodedJson json && !JSON_ESCAPE_STRATEGY.equals(effective)
                    ? json.toString() : input;
            if (value instanceof Collection<?> || value instanceof Map<?, ?>) {
                value = TemplateValues.text(value); // within the value size, unlike Pebble's toString
            }
            if (value instanceof String text && text.length() > BoundedText.CHUNK) {
                // Escaping can make text six times longer: long text is escaped piece by piece, so the
                // render's time and size are checked while it grows.
                RenderBudget budget = RenderBudget.current();
                long max = Math.max(budget.maxValueSize(), budget.maxOutputChars());
                return new SafeString(BoundedText.transform(text, budget, max,
                        piece -> super.apply(piece, args, self, context, lineNumber).toString()));
            }
            return super.apply(value, args, self, context, lineNumber);
        }
    }
}
