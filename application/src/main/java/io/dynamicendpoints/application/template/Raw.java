package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.Collection;
import java.util.Map;

/**
 * {@code raw}, as Pebble's filter: the value printed as it is, without escaping. Replaces Pebble's,
 * which turns a list or map into text with Java's {@code toString}: a list holding one long text many
 * times would print as far more than any value may be, so lists and maps are written within the value
 * size ({@link TemplateValues#text}).
 */
final class Raw extends ScriptFunction {

    Raw() {
        super("raw");
    }

    @Override
    Object call(Arguments arguments) {
        return switch (arguments.value(0)) {
            case null -> null;
            case SafeString safe -> safe;
            case Collection<?> list -> new SafeString(TemplateValues.text(list));
            case Map<?, ?> map -> new SafeString(TemplateValues.text(map));
            case Object value -> new SafeString(value.toString());
        };
    }
}
