package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.loader.StringLoader;

/**
 * Compiles the product's templates with Pebble, whose syntax is Twig's. One engine serves the whole
 * process; callers keep the {@link CompiledTemplate}s they need (per workflow revision), so a
 * request renders without parsing.
 *
 * <p>The sandbox starts here: no template may call a Java method (attribute access works on maps
 * and lists only), auto-escaping is off because replies are JSON and XML as often as HTML.
 */
public final class TemplateEngine {

    private final PebbleEngine pebble;

    public TemplateEngine() {
        this.pebble = new PebbleEngine.Builder()
                .loader(new StringLoader())
                .autoEscaping(false)
                .strictVariables(false)
                .newLineTrimming(false)
                .cacheActive(false)
                .methodAccessValidator((object, method) -> false)
                .build();
    }

    /** @throws TemplateException when the text is not a valid template */
    public CompiledTemplate compile(String source) {
        String text = source == null ? "" : source;
        if (!text.contains("{{") && !text.contains("{%") && !text.contains("{#")) {
            // Plain text needs no parser: most replies and fields are fixed strings.
            return new CompiledTemplate(text, null);
        }
        try {
            return new CompiledTemplate(text, pebble.getLiteralTemplate(text));
        } catch (PebbleException e) {
            throw new TemplateException(e.getMessage(), e);
        }
    }
}
