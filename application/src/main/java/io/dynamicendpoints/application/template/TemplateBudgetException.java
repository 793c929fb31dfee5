package io.dynamicendpoints.application.template;

/**
 * A render stopped because it went past its {@link TemplateLimits}: it took too long, looped too often,
 * or built a value or output larger than allowed. A step failing with it fails as
 * {@code template_budget}, so an admin sees at once that the template ran away rather than broke.
 */
public final class TemplateBudgetException extends TemplateException {

    public TemplateBudgetException(String message, Throwable cause) {
        super(message, cause);
    }
}
