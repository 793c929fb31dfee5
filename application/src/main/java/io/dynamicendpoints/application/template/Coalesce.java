package io.dynamicendpoints.application.template;

/**
 * {@code coalesce(a, b, …)}: the first argument that is neither missing nor empty text:
 * {@code coalesce(__data.nickname, __data.first_name, "friend")}.
 */
final class Coalesce extends ScriptFunction {

    Coalesce() {
        super("coalesce");
    }

    @Override
    Object call(Arguments arguments) {
        for (Object value : arguments.values()) {
            if (value != null && !TemplateValues.text(value).isEmpty()) {
                return value;
            }
        }
        return null;
    }
}
