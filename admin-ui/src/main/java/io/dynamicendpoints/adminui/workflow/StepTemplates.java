package io.dynamicendpoints.adminui.workflow;

import io.dynamicendpoints.domain.step.StepKind;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A new step of each kind as the editor adds it: valid as it stands, with placeholders that show what
 * goes where, so that a workflow saves before every field is filled in. The switch names every kind,
 * so a new step kind does not compile until the editor knows it (style.md §3, step 4).
 */
final class StepTemplates {

    private StepTemplates() {
    }

    static Map<String, Object> blank(StepKind kind, String id) {
        Map<String, Object> step = new LinkedHashMap<>();
        step.put("id", id);
        step.put("type", kind.externalName());
        switch (kind) {
            case VIRTUAL_CONDITION -> {
                step.put("match", "all");
                List<Object> conditions = new ArrayList<>();
                conditions.add(comparison());
                step.put("conditions", conditions);
                step.put("yes", new ArrayList<>());
                step.put("no", new ArrayList<>());
            }
            case ENDPOINT_RESPONSE -> {
                step.put("return_type", "data");
                step.put("return_data", "{\"status\": \"received\"}");
                step.put("return_html", "");
                step.put("return_redirect", "");
                step.put("headers", new LinkedHashMap<>());
            }
            case STORE_VALUE -> {
                step.put("name", "value");
                step.put("value", "{{ __data.field }}");
            }
            case CREATE_RECORD -> {
                step.put("entity", "note");
                step.put("fields", new LinkedHashMap<>(Map.of("body", "{{ __data.field }}")));
            }
            case UPDATE_RECORD -> {
                step.put("entity", "note");
                step.put("where", new LinkedHashMap<>(Map.of("id", "{{ __data.id }}")));
                step.put("fields", new LinkedHashMap<>(Map.of("body", "{{ __data.field }}")));
            }
            case FIND_RECORD -> {
                step.put("entity", "note");
                step.put("where", new LinkedHashMap<>(Map.of("id", "{{ __data.id }}")));
                step.put("store_as", "found");
            }
            case HTTP_REQUEST -> {
                step.put("method", "GET");
                step.put("url", "https://example.com/");
                step.put("headers", new LinkedHashMap<>());
                step.put("body", "");
                step.put("store_as", "response");
                step.put("timeout_ms", 10_000);
            }
            case SSE_EVENT -> {
                step.put("event", "message");
                step.put("data", "{{ __data.field }}");
            }
        }
        if (kind != StepKind.VIRTUAL_CONDITION) {
            step.put("then", new ArrayList<>());
        }
        return step;
    }

    static Map<String, Object> comparison() {
        Map<String, Object> comparison = new LinkedHashMap<>();
        comparison.put("left", "{{ __data.field }}");
        comparison.put("operator", "is_not_empty");
        comparison.put("right", "");
        return comparison;
    }

    /** A deep, mutable copy of a document part (maps and lists of JSON values), for editing in place. */
    @SuppressWarnings("unchecked")
    static <T> T mutableCopy(T value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), mutableCopy(item)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(item -> copy.add(mutableCopy(item)));
            return (T) copy;
        }
        return value;
    }
}
