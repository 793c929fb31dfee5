package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.template.CompiledTemplate;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateOutput;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the templates of step fields. Each distinct source is parsed once and kept (a workflow's
 * texts do not change within a revision), in a bounded cache so that a stream of edited definitions
 * cannot grow memory without limit.
 */
public final class StepTemplates {

    static final int MAX_CACHED = 10_000;

    private final TemplateEngine engine;
    private final Map<Key, CompiledTemplate> compiled = new ConcurrentHashMap<>();

    public StepTemplates(TemplateEngine engine) {
        this.engine = engine;
    }

    /** Renders a plain step field: printed values are written as they are. */
    public String render(String source, ExecutionContext context) {
        return render(source, TemplateOutput.TEXT, context);
    }

    /** Renders a reply body, escaping printed values for what the reply is (JSON, markup, HTML page). */
    public String render(String source, TemplateOutput output, ExecutionContext context) {
        return template(source, output).render(context.templateVariables());
    }

    /** Renders every value of a map of field templates, keeping their order. */
    public Map<String, String> renderAll(Map<String, String> sources, ExecutionContext context) {
        Map<String, String> rendered = new LinkedHashMap<>();
        sources.forEach((name, source) -> rendered.put(name, render(source, context)));
        return rendered;
    }

    private CompiledTemplate template(String source, TemplateOutput output) {
        Key key = new Key(source, output);
        CompiledTemplate template = compiled.get(key);
        if (template == null) {
            if (compiled.size() >= MAX_CACHED) {
                compiled.clear();
            }
            template = engine.compile(source, output);
            compiled.put(key, template);
        }
        return template;
    }

    private record Key(String source, TemplateOutput output) {
    }
}
