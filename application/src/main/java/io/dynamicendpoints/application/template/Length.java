package io.dynamicendpoints.application.template;

import java.util.Collection;
import java.util.Map;

/**
 * {@code length}, as Twig's filter: the characters of text (code points, so an emoji counts once), the
 * elements of a list or map, the digits of a number as printed; nothing has length 0. Replaces
 * Pebble's, which gives 0 for a number.
 */
final class Length extends ScriptFunction {

    Length() {
        super("length");
    }

    @Override
    Object call(Arguments arguments) {
        return switch (arguments.value(0)) {
            case null -> 0;
            case Collection<?> collection -> collection.size();
            case Map<?, ?> map -> map.size();
            case Object value -> {
                String text = TemplateValues.text(value);
                yield text.codePointCount(0, text.length());
            }
        };
    }
}
