package io.dynamicendpoints.adminui.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One row of the step tree as the Steps tab shows it: a step of the document, or the yes/no branch of a
 * condition. Read from the raw document, so that even a definition the application would refuse can
 * be looked at.
 */
record StepOutline(String id, String type, String summary, List<StepOutline> children) {

    static List<StepOutline> of(List<Object> steps) {
        List<StepOutline> rows = new ArrayList<>();
        for (Object step : steps) {
            if (step instanceof Map<?, ?> map) {
                rows.add(step(map));
            }
        }
        return rows;
    }

    private static StepOutline step(Map<?, ?> step) {
        String type = text(step.get("type"));
        List<StepOutline> children = new ArrayList<>();
        if ("virtual_condition".equals(type)) {
            children.add(branch("yes", "when the conditions hold", step.get("yes")));
            children.add(branch("no", "otherwise", step.get("no")));
        } else if (step.get("then") instanceof List<?> then && !then.isEmpty()) {
            children.addAll(of(List.copyOf(then)));
        }
        return new StepOutline(text(step.get("id")), type, summary(type, step), children);
    }

    private static StepOutline branch(String name, String summary, Object steps) {
        return new StepOutline(name, "branch", summary, steps instanceof List<?> list ? of(List.copyOf(list)) : List.of());
    }

    private static String summary(String type, Map<?, ?> step) {
        return switch (type) {
            case "virtual_condition" -> ("any".equals(step.get("match")) ? "any of: " : "all of: ")
                    + (step.get("conditions") instanceof List<?> conditions
                    ? conditions.stream().map(StepOutline::comparison).collect(Collectors.joining("; ")) : "");
            case "endpoint_response" -> "reply " + text(step.get("return_type"));
            case "store_value" -> "__data." + text(step.get("name")) + " = " + text(step.get("value"));
            case "create_record" -> "create " + text(step.get("entity"));
            case "update_record" -> "update " + text(step.get("entity"));
            case "find_record" -> "find " + text(step.get("entity")) + " into __data." + text(step.get("store_as"));
            case "http_request" -> text(step.get("method")) + " " + text(step.get("url"));
            case "sse_event" -> "event " + text(step.get("event"));
            default -> "";
        };
    }

    private static String comparison(Object condition) {
        if (!(condition instanceof Map<?, ?> c)) {
            return "?";
        }
        return (text(c.get("left")) + " " + text(c.get("operator")) + " " + text(c.get("right"))).trim();
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }
}
