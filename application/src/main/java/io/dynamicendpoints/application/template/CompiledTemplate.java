package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/** A parsed template, ready to render many times. Thread-safe. */
public final class CompiledTemplate {

    private final String source;
    private final PebbleTemplate template;

    CompiledTemplate(String source, PebbleTemplate template) {
        this.source = source;
        this.template = template;
    }

    public String source() {
        return source;
    }

    public String render(Map<String, Object> variables) {
        if (template == null) {
            return source;
        }
        StringWriter out = new StringWriter(Math.max(16, source.length() * 2));
        try {
            template.evaluate(out, variables);
        } catch (PebbleException | IOException e) {
            throw new TemplateException(e.getMessage(), e);
        }
        return out.toString();
    }
}
