package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

/**
 * {@code json_encode(value)}: a value as compact JSON, {@code {"a":[1,2]}}; text is quoted and escaped,
 * {@code /} and non-ASCII letters stay as they are. The result is marked safe: auto-escaping never
 * touches it, so {@code {"items": {{ __data.items|json_encode }}}} stays valid JSON. Registered as
 * {@code json_encode} and {@code jsonEncode}.
 */
final class JsonEncode extends ScriptFunction {

    JsonEncode(String name) {
        super(name);
    }

    @Override
    Object call(Arguments arguments) {
        return new SafeString(JsonText.write(arguments.value(0), RenderBudget.current().maxValueSize()));
    }
}
