package io.dynamicendpoints.application.template;

import java.io.Writer;

/**
 * Collects one render's output and stops it, with a clear message, once it passes
 * {@link TemplateLimits#maxOutputChars()}. Used instead of Pebble's {@code maxRenderedSize}, whose
 * error names no limit, and of a {@code StringWriter}, which synchronises every write.
 */
final class BoundedWriter extends Writer {

    private final StringBuilder out;
    private final int maxChars;

    BoundedWriter(int initialCapacity, int maxChars) {
        this.out = new StringBuilder(Math.min(initialCapacity, maxChars));
        this.maxChars = maxChars;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        ensureRoom(length);
        out.append(buffer, offset, length);
    }

    @Override
    public void write(String text, int offset, int length) {
        ensureRoom(length);
        out.append(text, offset, offset + length);
    }

    @Override
    public void write(int c) {
        ensureRoom(1);
        out.append((char) c);
    }

    private void ensureRoom(int length) {
        if ((long) out.length() + length > maxChars) {
            throw RenderBudget.stop("The template's output is longer than " + maxChars + " characters", 0);
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
