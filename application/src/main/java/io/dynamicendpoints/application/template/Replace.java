package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code replace({from: to, …})}, as Twig's filter (PHP's {@code strtr}): every occurrence of each key
 * replaced by its value, longest key first, never replacing inside what was already replaced:
 * {@code "I like %this%"|replace({"%this%": "tea"})} → {@code I like tea}. {@code replace(from, to)} with
 * two texts also works. Replaces Pebble's, which replaces one key after the other; stops at the
 * value size limit while it builds, and at the render's time limit while it searches.
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
        BoundedText out = new BoundedText(budget);
        int i = 0;
        int copied = 0; // text before i not yet copied: runs without a match are copied in one piece
        while (i < text.length()) {
            String match = null;
            for (String key : keys) {
                // Charged by the key's length: a long key that almost matches everywhere costs that much.
                budget.spend(key.length(), 0);
                if (text.startsWith(key, i)) {
                    match = key;
                    break;
                }
            }
            if (match == null) {
                i++;
            } else {
                out.append(text, copied, i).append(pairs.get(match));
                i += match.length();
                copied = i;
            }
        }
        out.append(text, copied, text.length());
        return out.toString();
    }
}
