package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A template that does not parse, or fails while rendering (including one stopped by its
 * {@link TemplateLimits}). The message is safe to show an admin or a caller: it names the problem and
 * the line, never the template's text or Java internals.
 */
public final class TemplateException extends RuntimeException {

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
        return new TemplateException(message, e);
    }
}
