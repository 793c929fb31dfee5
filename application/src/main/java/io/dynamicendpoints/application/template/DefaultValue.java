package io.dynamicendpoints.application.template;

/**
 * {@code default(fallback = "")}, as Twig's filter: the value, unless it is missing, empty text, an
 * empty list or map, or {@code false}, in which case the fallback: {@code __data.name|default("guest")}. Unlike Pebble's,
 * text of spaces counts as a value.
 */
final class DefaultValue extends ScriptFunction {

    DefaultValue() {
        super("default");
    }

    @Override
    Object call(Arguments arguments) {
        Object value = arguments.value(0);
        boolean empty = TemplateValues.isEmpty(value) || Boolean.FALSE.equals(value);
        return empty ? (arguments.has(1) ? arguments.value(1) : "") : value;
    }
}
