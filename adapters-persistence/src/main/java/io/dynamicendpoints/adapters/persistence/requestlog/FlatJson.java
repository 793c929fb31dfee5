package io.dynamicendpoints.adapters.persistence.requestlog;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON text for the flat maps of a log entry (headers, query), written by hand: they are written for
 * every request the listener answers, and a general serializer spends most of its time finding out
 * what it already knows here, that every key and value is a string. Reading goes through the
 * general JSON mapper.
 */
final class FlatJson {

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private FlatJson() {
    }

    static String strings(Map<String, String> map) {
        if (map.isEmpty()) {
            return "{}";
        }
        // Sized for the text without escapes, so that the builder rarely grows (a copy each time).
        // One view for both passes: a map may make its entry set afresh on every call (RecordedHeaders does).
        Set<Map.Entry<String, String>> entries = map.entrySet();
        int length = 2;
        for (Map.Entry<String, String> entry : entries) {
            length += entry.getKey().length() + entry.getValue().length() + 6;
        }
        StringBuilder json = new StringBuilder(length).append('{');
        boolean first = true;
        for (Map.Entry<String, String> entry : entries) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, entry.getKey()).append(':');
            quote(json, entry.getValue());
        }
        return json.append('}').toString();
    }

    static String stringLists(Map<String, List<String>> map) {
        if (map.isEmpty()) {
            return "{}";
        }
        int length = 2;
        for (Map.Entry<String, List<String>> entry : map.entrySet()) {
            length += entry.getKey().length() + 6;
            for (String value : entry.getValue()) {
                length += value.length() + 3;
            }
        }
        StringBuilder json = new StringBuilder(length).append('{');
        boolean first = true;
        for (Map.Entry<String, List<String>> entry : map.entrySet()) {
            if (!first) {
                json.append(',');
            }
            first = false;
            quote(json, entry.getKey()).append(":[");
            List<String> values = entry.getValue();
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    json.append(',');
                }
                quote(json, values.get(i));
            }
            json.append(']');
        }
        return json.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder json, String text) {
        json.append('"');
        // Header names and values almost never need escaping: one scan, then one bulk copy, instead
        // of appending char by char (each append checks capacity and coder).
        int plain = plainPrefix(text);
        if (plain == text.length()) {
            return json.append(text).append('"');
        }
        json.append(text, 0, plain);
        for (int i = plain; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    // Control characters must be escaped; so are lone surrogates, which are not valid text.
                    if (c < 0x20 || Character.isSurrogate(c) && !validPair(text, i)) {
                        json.append("\\u").append(HEX[c >> 12 & 0xF]).append(HEX[c >> 8 & 0xF])
                                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }

    /** How many chars at the start of {@code text} go into JSON as they are. */
    private static int plainPrefix(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == '"' || c == '\\' || Character.isSurrogate(c)) {
                return i;
            }
        }
        return text.length();
    }

    private static boolean validPair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
