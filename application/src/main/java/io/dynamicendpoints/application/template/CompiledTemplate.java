package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/** A parsed template, ready to render many times. Thread-safe. */
public final class CompiledTemplate {

    private final String source;
    private final PebbleTemplate template;
    private final TemplateLimits limits;

    CompiledTemplate(String source, PebbleTemplate template, TemplateLimits limits) {
        this.source = source;
        this.template = template;
        this.limits = limits;
    }

    public String source() {
        return source;
    }

    /**
     * The text the template produces with these variables. A path that does not exist renders empty.
     *
     * @throws TemplateException when rendering fails or goes past the {@link TemplateLimits}
     */
    public String render(Map<String, Object> variables) {
        if (template == null) {
            return source;
        }
        return RenderBudget.render(limits, () -> {
            BoundedWriter out = new BoundedWriter(Math.max(16, source.length() * 2), limits.maxOutputChars());
            try {
                template.evaluate(out, variables);
            } catch (PebbleException e) {
                throw TemplateException.of(e, source);
            } catch (TemplateException e) {
                throw e;
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a StringWriter does not throw
            } catch (StackOverflowError e) {
                throw new TemplateException("The template nests too deeply to render", null);
            } catch (RuntimeException e) {
                if (TemplateException.budgetStop(e)) {
                    throw new TemplateBudgetException("The template went past its limits while rendering", e);
                }
                // A built-in given a value it cannot handle (a filter on the wrong type): the template's
                // mistake, reported without the Java details.
                throw new TemplateException("The template failed while rendering (" + e.getClass().getSimpleName()
                        + ")", e);
            }
            return out.toString();
        });
    }
}
