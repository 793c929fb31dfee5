package io.dynamicendpoints.application.template;

/**
 * {@code truncate(text, length, ending = "...")}: text cut to {@code length} characters, with
 * {@code ending} added when something was cut: {@code truncate("Hello world", 5)} → {@code Hello...}.
 * Text that fits is returned unchanged; characters are counted as code points, so an emoji is never
 * split.
 */
final class Truncate extends ScriptFunction {

    Truncate() {
        super("truncate");
    }

    @Override
    Object call(Arguments arguments) {
        int length = arguments.integer(1, 0);
        if (!arguments.has(1) || length < 0) {
            throw new IllegalArgumentException("needs the length to keep, 0 or more, as argument 2");
        }
        if (!arguments.has(0)) {
            return null;
        }
        String text = TemplateValues.text(arguments.value(0));
        if (text.codePointCount(0, text.length()) <= length) {
            return text;
        }
        return new BoundedText(RenderBudget.current()).append(text, 0, text.offsetByCodePoints(0, length))
                .append(arguments.text(2, "...")).toString();
    }
}
