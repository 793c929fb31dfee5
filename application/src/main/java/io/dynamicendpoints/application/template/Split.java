package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

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
        if (delimiter.isEmpty()) {
            int size = Math.max(1, limit);
            List<String> pieces = new ArrayList<>();
            for (int i = 0; i < text.length(); i += size) {
                pieces.add(text.substring(i, Math.min(text.length(), i + size)));
            }
            return pieces;
        }
        List<String> parts = new ArrayList<>(Arrays.asList(text.split(Pattern.quote(delimiter), limit > 0 ? limit : -1)));
        if (limit < 0) {
            return parts.subList(0, Math.max(0, parts.size() + limit));
        }
        return parts;
    }
}
