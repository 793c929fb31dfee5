package io.dynamicendpoints.application.template;

/**
 * {@code json_encode(value)}: a value as compact JSON, {@code {"a":[1,2]}}; text is quoted and escaped,
 * {@code /} and non-ASCII letters stay as they are. In a JSON reply the result is not escaped again, so
 * {@code {"items": {{ __data.items|json_encode }}}} stays valid JSON; in an HTML page it is HTML-escaped
 * like any value ({@link OutputEscaping}). Registered as {@code json_encode} and {@code jsonEncode}.
 */
final class JsonEncode extends ScriptFunction {

    JsonEncode(String name) {
        super(name);
    }

    @Override
    Object call(Arguments arguments) {
        return new OutputEscaping.EncodedJson(JsonText.write(arguments.value(0), RenderBudget.current().maxValueSize()));
    }
}
