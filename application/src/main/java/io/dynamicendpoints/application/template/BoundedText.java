package io.dynamicendpoints.application.template;

import java.util.function.UnaryOperator;

/**
 * Text a filter or function builds, checked as it grows: each append is refused before it would take the
 * text past the limit, and charged to the render's time ({@link RenderBudget#spend}). A result too large
 * therefore costs at most the limit plus one piece, never the whole oversized value.
 */
final class BoundedText {

    /** Pieces a long text is cut into when a whole-text operation must be done bit by bit. */
    static final int CHUNK = 16 * 1024;

    private final StringBuilder out;
    private final RenderBudget budget;
    private final long maxLength;

    /** Text limited to one value's size. */
    BoundedText(RenderBudget budget) {
        this(budget, budget.maxValueSize());
    }

    BoundedText(RenderBudget budget, long maxLength) {
        this.out = new StringBuilder();
        this.budget = budget;
        this.maxLength = maxLength;
    }

    BoundedText append(CharSequence text) {
        room(text.length());
        out.append(text);
        budget.spend(text.length(), 0);
        return this;
    }

    BoundedText append(CharSequence text, int start, int end) {
        room(end - start);
        out.append(text, start, end);
        budget.spend(end - start, 0);
        return this;
    }

    BoundedText append(char c) {
        room(1);
        out.append(c);
        budget.spend(0);
        return this;
    }

    int length() {
        return out.length();
    }

    private void room(int more) {
        if ((long) out.length() + more > maxLength) {
            throw RenderBudget.stop("A value grew beyond " + maxLength + " characters", 0);
        }
    }

    /**
     * A per-character transformation (escaping, encoding, case) of text of any length, done {@link #CHUNK}
     * characters at a time so that time and size are checked while it runs. Cuts fall after white space
     * where there is some (lower case looks at the neighbouring letters of a Greek sigma) and never
     * split a surrogate pair, so the result is the one the whole text would give.
     */
    static String transform(String text, RenderBudget budget, long maxLength, UnaryOperator<String> step) {
        if (text.length() <= CHUNK) {
            String result = step.apply(text);
            if (result.length() > maxLength) {
                throw RenderBudget.stop("A value grew beyond " + maxLength + " characters", 0);
            }
            return result;
        }
        BoundedText out = new BoundedText(budget, maxLength);
        int start = 0;
        while (start < text.length()) {
            int end = cut(text, start, start + CHUNK);
            out.append(step.apply(text.substring(start, end)));
            start = end;
        }
        return out.toString();
    }

    /**
     * Where to end a piece that starts at {@code start}: just after the last white space before
     * {@code position} in the piece's second half, else at {@code position} unless that splits a
     * surrogate pair; the text's end when it is nearer.
     */
    static int cut(String text, int start, int position) {
        if (position >= text.length()) {
            return text.length();
        }
        for (int i = position; i > start + (position - start) / 2; i--) {
            if (Character.isWhitespace(text.charAt(i - 1))) {
                return i;
            }
        }
        return Character.isHighSurrogate(text.charAt(position - 1)) ? position - 1 : position;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
