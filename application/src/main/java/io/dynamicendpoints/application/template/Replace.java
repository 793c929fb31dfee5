package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code replace({from: to, …})}, as Twig's filter (PHP's {@code strtr}): every occurrence of each key
 * replaced by its value, longest key first, never replacing inside what was already replaced:
 * {@code "I like %this%"|replace({"%this%": "tea"})} → {@code I like tea}. {@code replace(from, to)} with
 * two texts also works. Replaces Pebble's, which replaces one key after the other, and stops at the
 * value size limit while it builds.
 */
final class Replace extends ScriptFunction {

    Replace() {
        super("replace");
    }

    @Override
    Object call(Arguments arguments) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (arguments.value(1) instanceof Map<?, ?> map) {
            map.forEach((from, to) -> pairs.put(TemplateValues.text(from), TemplateValues.text(to)));
        } else if (arguments.size() >= 3) {
            pairs.put(arguments.text(1, ""), arguments.text(2, ""));
        } else {
            throw new IllegalArgumentException("needs the replacements as a map, such as {\"%name%\": \"Ann\"}");
        }
        pairs.remove("");
        if (!arguments.has(0)) {
            return null;
        }
        String text = TemplateValues.text(arguments.value(0));
        List<String> keys = new ArrayList<>(pairs.keySet());
        keys.sort((a, b) -> Integer.compare(b.length(), a.length()));
        RenderBudget budget = RenderBudget.current();
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            String match = null;
            for (String key : keys) {
                if (text.startsWith(key, i)) {
                    match = key;
                    break;
                }
            }
            if (match == null) {
                out.append(text.charAt(i++));
            } else {
                out.append(pairs.get(match));
                i += match.length();
                budget.checkLength(out.length(), 0);
            }
        }
        return out.toString();
    }
}
