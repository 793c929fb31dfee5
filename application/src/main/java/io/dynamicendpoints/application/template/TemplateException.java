package io.dynamicendpoints.application.template;

/** A template that does not parse, or fails while rendering; the message is safe to show an admin. */
public final class TemplateException extends RuntimeException {

    public TemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
