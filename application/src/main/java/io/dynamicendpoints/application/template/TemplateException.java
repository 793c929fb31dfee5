package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template that does not parse, or fails while rendering (including one stopped by its
 * {@link TemplateLimits}, then a {@link TemplateBudgetException}). The message is safe to show an admin
 * or a caller: it names the problem and the line, never the template's text or Java internals.
 */
public sealed class TemplateException extends RuntimeException permits TemplateBudgetException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Pebble's error, worded for people: Pebble names a literal template by its whole text, which is dropped. */
    static TemplateException of(PebbleException e, String source) {
        String message = e.getPebbleMessage() == null || e.getPebbleMessage().isBlank()
                ? "The template failed" : e.getPebbleMessage();
        Throwable cause = e.getCause();
        if (cause instanceof PebbleException inner && inner.getPebbleMessage() != null
                && !message.contains(inner.getPebbleMessage())) {
            message = message + ": " + inner.getPebbleMessage();
        }
        if (source != null && !source.isEmpty()) {
            message = message.replace(" (" + source + ":", " (line ").replace("(" + source + ":", "(line ")
                    .replace(source, "the template");
        }
        if (e.getLineNumber() != null && !message.contains("(line ")) {
            message = message + " (line " + e.getLineNumber() + ")";
        }
        return budgetStop(e) ? new TemplateBudgetException(message, e) : new TemplateException(message, e);
    }

    /** Whether a limit stopped the render: Pebble may wrap our stop in an error of its own. */
    static boolean budgetStop(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < 16; depth++, cause = cause.getCause()) {
            if (cause instanceof BudgetExceeded) {
                return true;
            }
        }
        return false;
    }
}
