package io.dynamicendpoints.application.template;

import java.util.Locale;

/**
 * {@code upper}, {@code lower}, {@code capitalize} (the first letter in capitals) and {@code title} (the
 * first letter of each word), as Pebble's filters. Replace Pebble's, which convert the whole text in one
 * call: ours work through long text piece by piece, so the render's time and the value size (upper case
 * can lengthen text: ß becomes SS) are checked while they run.
 */
final class TextCase extends ScriptFunction {

    private final Change change;

    private TextCase(String name, Change change) {
        super(name);
        this.change = change;
    }

    static TextCase upper() {
        return new TextCase("upper", Change.UPPER);
    }

    static TextCase lower() {
        return new TextCase("lower", Change.LOWER);
    }

    static TextCase capitalize() {
        return new TextCase("capitalize", Change.CAPITALIZE);
    }

    static TextCase title() {
        return new TextCase("title", Change.TITLE);
    }

    private enum Change { UPPER, LOWER, CAPITALIZE, TITLE }

    @Override
    Object call(Arguments arguments) {
        if (!arguments.has(0)) {
            return null;
        }
        String text = TemplateValues.text(arguments.value(0));
        RenderBudget budget = RenderBudget.current();
        return switch (change) {
            case UPPER -> BoundedText.transform(text, budget, budget.maxValueSize(), piece -> piece.toUpperCase(Locale.ROOT));
            case LOWER -> BoundedText.transform(text, budget, budget.maxValueSize(), piece -> piece.toLowerCase(Locale.ROOT));
            case CAPITALIZE -> capitalize(text, budget);
            case TITLE -> title(text, budget);
        };
    }

    /** The first character that is not white space in title case; the rest as it is. */
    private static String capitalize(String text, RenderBudget budget) {
        for (int i = 0; i < text.length(); i++) {
            budget.spend(0);
            if (!Character.isWhitespace(text.charAt(i))) {
                return text.substring(0, i) + Character.toTitleCase(text.charAt(i)) + text.substring(i + 1);
            }
        }
        return text;
    }

    /** Every character that follows white space (or starts the text) in title case. */
    private static String title(String text, RenderBudget budget) {
        BoundedText out = new BoundedText(budget);
        boolean wordStart = true;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = true;
            } else if (wordStart) {
                wordStart = false;
                char title = Character.toTitleCase(c);
                if (title != c) {
                    out.append(text, run, i).append(title);
                    run = i + 1;
                }
            }
            if ((i & (BoundedText.CHUNK - 1)) == 0) {
                budget.spend(BoundedText.CHUNK, 0);
            }
        }
        return out.append(text, run, text.length()).toString();
    }
}
