package io.dynamicendpoints.application.receive;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Form fields (and query parameters) gathered into nested values the way a PHP back end reads them:
 * {@code items[0][sku]=A1} becomes {@code {items: [{sku: A1}]}}, {@code tags[]=a&tags[]=b} becomes
 * {@code {tags: [a, b]}}, {@code a[b][c]=1} becomes {@code {a: {b: {c: 1}}}}. A repeated plain name keeps
 * its last value. Like PHP's arrays turned into JSON, a level whose keys are exactly 0, 1, 2… in order
 * becomes a list and any other level a map.
 *
 * <p>Not thread-safe; one instance collects one request.
 */
final class FormFields {

    /** PHP refuses deeper names too (max_input_nesting_level); beyond this a name is taken literally. */
    static final int MAX_DEPTH = 32;

    private final Level root = new Level();

    void add(String name, Object value) {
        if (name.isEmpty()) {
            return;
        }
        List<String> path = path(name);
        Level level = root;
        String key = path.getFirst();
        for (String segment : path.subList(1, path.size())) {
            Level child = level.get(key) instanceof Level existing ? existing : new Level();
            level.put(key, child);
            level = child;
            key = segment.isEmpty() ? Integer.toString(level.nextIndex) : segment;
        }
        level.put(key, value);
    }

    Map<String, Object> toMap() {
        Map<String, Object> fields = new LinkedHashMap<>();
        root.forEach((key, value) -> fields.put(key, finish(value)));
        return fields;
    }

    /** {@code a[b][]} → {@code [a, b, ""]}; a name that is not well-formed bracket notation → itself. */
    static List<String> path(String name) {
        int open = name.indexOf('[');
        if (open <= 0) {
            return List.of(name);
        }
        List<String> path = new ArrayList<>();
        path.add(name.substring(0, open));
        int i = open;
        while (i < name.length() && name.charAt(i) == '[') {
            int close = name.indexOf(']', i + 1);
            if (close < 0 || path.size() > MAX_DEPTH) {
                return List.of(name);
            }
            path.add(name.substring(i + 1, close));
            i = close + 1;
        }
        // PHP ignores what follows the last ']' (a[b]c is a[b]); so do we.
        return path;
    }

    private static Object finish(Object value) {
        if (!(value instanceof Level level)) {
            return value;
        }
        if (level.isSequence()) {
            List<Object> list = new ArrayList<>(level.size());
            level.values().forEach(element -> list.add(finish(element)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        level.forEach((key, element) -> map.put(key, finish(element)));
        return map;
    }

    /** One level of nesting while collecting; knows the next index for {@code []}, as PHP does. */
    private static final class Level extends LinkedHashMap<String, Object> {

        private int nextIndex;

        @Override
        public Object put(String key, Object value) {
            int index = canonicalIndex(key);
            if (index >= nextIndex) {
                nextIndex = index + 1;
            }
            return super.put(key, value);
        }

        boolean isSequence() {
            int expected = 0;
            for (String key : keySet()) {
                if (canonicalIndex(key) != expected++) {
                    return false;
                }
            }
            return true;
        }

        /** The index a key stands for ("0", "7", not "07" or "-1"), or -1. */
        private static int canonicalIndex(String key) {
            int length = key.length();
            if (length == 0 || length > 9 || (length > 1 && key.charAt(0) == '0')) {
                return -1;
            }
            int value = 0;
            for (int i = 0; i < length; i++) {
                char c = key.charAt(i);
                if (c < '0' || c > '9') {
                    return -1;
                }
                value = value * 10 + (c - '0');
            }
            return value;
        }
    }
}
