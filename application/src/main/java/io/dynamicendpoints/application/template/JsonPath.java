package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code jsonPath(value, path)}: what a JSONPath-style path selects in a value, or in JSON text:
 * {@code jsonPath(__data.__raw_body, "$.order.items[0].sku")}. Supported: {@code $} (optional),
 * {@code .name}, {@code ['name']}, {@code [index]} (negative counts from the end), and the wildcard
 * {@code *} / {@code [*]}, which makes the result a list of every match. A path that selects nothing
 * gives nothing (or an empty list with a wildcard).
 */
final class JsonPath extends ScriptFunction {

    JsonPath() {
        super("jsonPath");
    }

    @Override
    Object call(Arguments arguments) {
        List<Step> steps = parse(TemplateValues.text(arguments.required(1, "a path such as '$.order.id'")));
        Object root = arguments.value(0) instanceof String text ? JsonDecode.decode(text) : arguments.value(0);
        List<Object> current = new ArrayList<>();
        current.add(root);
        boolean wildcard = false;
        RenderBudget budget = RenderBudget.current();
        for (Step step : steps) {
            wildcard |= step.wildcard();
            List<Object> next = new ArrayList<>();
            for (Object value : current) {
                step.select(value, next, budget);
            }
            current = next;
        }
        if (wildcard) {
            return current;
        }
        return current.isEmpty() ? null : current.getFirst();
    }

    /** One step of a path: a name, an index, or every child. */
    private record Step(String name, Integer index, boolean wildcard) {

        void select(Object value, List<Object> into, RenderBudget budget) {
            budget.spend(0);
            if (wildcard) {
                // Wildcards multiply: a list holding the same list many times grows as a power of the depth.
                List<Object> children = TemplateValues.elements(
                        value instanceof Map<?, ?> || value instanceof List<?> ? value : null);
                budget.checkElements((long) into.size() + children.size(), 0);
                budget.spend(children.size(), 0);
                into.addAll(children);
            } else if (index != null && value instanceof List<?> list) {
                int position = index < 0 ? list.size() + index : index;
                if (position >= 0 && position < list.size() && list.get(position) != null) {
                    into.add(list.get(position));
                }
            } else if (value instanceof Map<?, ?> map) {
                Object child = map.get(name != null ? name : String.valueOf(index));
                if (child != null) {
                    into.add(child);
                }
            }
        }
    }

    static List<Step> parse(String path) {
        List<Step> steps = new ArrayList<>();
        int i = path.startsWith("$") ? 1 : 0;
        if (i == 0 && !path.isEmpty() && path.charAt(0) != '.' && path.charAt(0) != '[') {
            path = "." + path; // "order.id" reads like "$.order.id"
        }
        while (i < path.length()) {
            char c = path.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
                    end++;
                }
                String name = path.substring(i + 1, end);
                if (name.isEmpty()) {
                    throw invalid(path);
                }
                steps.add(name.equals("*") ? new Step(null, null, true) : new Step(name, null, false));
                i = end;
            } else if (c == '[') {
                int close = path.indexOf(']', i);
                if (close < 0) {
                    throw invalid(path);
                }
                String inside = path.substring(i + 1, close).strip();
                if (inside.equals("*")) {
                    steps.add(new Step(null, null, true));
                } else if (inside.length() >= 2 && (inside.startsWith("'") && inside.endsWith("'")
                        || inside.startsWith("\"") && inside.endsWith("\""))) {
                    steps.add(new Step(inside.substring(1, inside.length() - 1), null, false));
                } else {
                    try {
                        steps.add(new Step(null, Integer.parseInt(inside), false));
                    } catch (NumberFormatException notAnIndex) {
                        throw invalid(path);
                    }
                }
                i = close + 1;
            } else {
                throw invalid(path);
            }
        }
        return steps;
    }

    private static IllegalArgumentException invalid(String path) {
        return new IllegalArgumentException("'" + path + "' is not a path such as '$.order.items[0].sku'");
    }
}
