package io.dynamicendpoints.application.template;

import java.util.Collection;
import java.util.Map;

/**
 * {@code jsonDecode(text)}: the value JSON text stands for, to read with paths:
 * {@code jsonDecode(__data.payload).order.id}. Text that is not JSON gives nothing; a value that is
 * already a list or map is returned as it is. Registered as {@code jsonDecode} and {@code json_decode}.
 */
final class JsonDecode extends ScriptFunction {

    JsonDecode(String name) {
        super(name);
    }

    @Override
    Object call(Arguments arguments) {
        return decode(arguments.value(0));
    }

    static Object decode(Object value) {
        if (value == null || value instanceof Map<?, ?> || value instanceof Collection<?>) {
            return value;
        }
        try {
            return JsonText.read(TemplateValues.text(value));
        } catch (IllegalArgumentException notJson) {
            return null;
        }
    }
}
