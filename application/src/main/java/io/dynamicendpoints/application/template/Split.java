package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code split(delimiter, limit)}, as Twig's filter: text cut at every {@code delimiter}, taken
 * literally: {@code "a.b.c"|split(".")} → {@code ["a", "b", "c"]}. A positive {@code limit} keeps at most
 * that many parts, the last holding the rest; a negative one drops that many from the end. An empty
 * delimiter cuts into pieces of {@code limit} characters (1 by default). Replaces Pebble's, which reads
 * the delimiter as a regular expression.
 */
final class Split extends ScriptFunction {

    Split() {
        super("split");
    }

    @Override
    Object call(Arguments arguments) {
        if (!arguments.has(0)) {
            return List.of();
        }
        String text = TemplateValues.text(arguments.value(0));
        String delimiter = TemplateValues.text(arguments.required(1, "the delimiter"));
        int limit = arguments.integer(2, 0);
        RenderBudget budget = RenderBudget.current();
        List<String> parts = new ArrayList<>();
        if (delimiter.isEmpty()) {
            int size = Math.max(1, limit);
            for (int i = 0; i < text.length(); i += size) {
                add(parts, text.substring(i, Math.min(text.length(), i + size)), budget);
            }
            return parts;
        }
        // Cut by hand rather than with String.split, which builds every part before anyone can count them.
        int start = 0;
        int at;
        while ((limit <= 0 || parts.size() < limit - 1) && (at = text.indexOf(delimiter, start)) >= 0) {
            add(parts, text.substring(start, at), budget);
            start = at + delimiter.length();
        }
        add(parts, text.substring(start), budget);
        if (limit < 0) {
            return parts.subList(0, Math.max(0, parts.size() + limit));
        }
        return parts;
    }

    private static void add(List<String> parts, String part, RenderBudget budget) {
        budget.checkElements(parts.size() + 1L, 0);
        budget.spend(part.length() + 1L, 0);
        parts.add(part);
    }
}
