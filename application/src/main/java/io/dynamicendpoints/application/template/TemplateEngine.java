package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.PebbleEngine;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.escaper.EscapeFilter;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.dynamicendpoints.application.template.TemplateOutput.Escaping;

import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Compiles the product's templates with Pebble, whose syntax is Twig's, extended with the product's
 * functions ({@link ScriptingExtension}) and closed into a sandbox ({@link SandboxExtension},
 * {@link SandboxCustomizer}): no Java method, class, file, network or environment is reachable, and
 * each render is bounded by {@link TemplateLimits}. One engine serves the whole process; callers keep
 * the {@link CompiledTemplate}s they need (per workflow revision), so a request renders without parsing.
 *
 * <p>Printed values are escaped according to what the template produces ({@link TemplateOutput}); a
 * Pebble engine per escaping strategy keeps that decision at compile time.
 */
public final class TemplateEngine {

    private final Map<Escaping, PebbleEngine> engines = new EnumMap<>(Escaping.class);
    private final TemplateLimits limits;
    private final ScriptingExtension scripting;

    public TemplateEngine(Clock clock, TemplateLimits limits) {
        this.limits = limits;
        this.scripting = new ScriptingExtension(clock);
        SandboxExtension sandbox = new SandboxExtension();
        for (Escaping escaping : Escaping.values()) {
            engines.put(escaping, build(escaping, scripting, sandbox));
        }
    }

    /** The system clock and {@link TemplateLimits#defaults()}; production passes its own clock and limits. */
    public TemplateEngine() {
        this(Clock.systemUTC(), TemplateLimits.defaults());
    }

    private PebbleEngine build(Escaping escaping, ScriptingExtension scripting, SandboxExtension sandbox) {
        String strategy = escaping == Escaping.JSON ? EscapeFilter.JSON_ESCAPE_STRATEGY : EscapeFilter.HTML_ESCAPE_STRATEGY;
        return new PebbleEngine.Builder()
                .loader(new NoTemplateLoader())
                .extension(scripting, sandbox, new OutputEscaping(strategy))
                .registerExtensionCustomizer(SandboxCustomizer::new)
                .allowOverrideCoreOperators(true)
                .methodAccessValidator((object, method) -> false)
                .strictVariables(false)
                .newLineTrimming(false)
                .cacheActive(false)
                .defaultLocale(Locale.ROOT)
                .autoEscaping(escaping != Escaping.NONE)
                .build();
    }

    /**
     * A template whose printed values are written as they are.
     *
     * @throws TemplateException when the text is not a valid template
     */
    public CompiledTemplate compile(String source) {
        return compile(source, TemplateOutput.TEXT);
    }

    /**
     * A template for the given output, whose printed values are escaped to suit it.
     *
     * @throws TemplateException when the text is not a valid template, or uses a tag that is not available
     */
    public CompiledTemplate compile(String source, TemplateOutput output) {
        String text = source == null ? "" : source;
        if (!text.contains("{{") && !text.contains("{%") && !text.contains("{#")) {
            // Plain text needs no parser: most replies and fields are fixed strings.
            return new CompiledTemplate(text, null, limits);
        }
        PebbleEngine engine = engines.get(output.escapingFor(text));
        if (endsInLoneBackslash(text)) {
            // Pebble 3.2.4's lexer never returns from a double-quoted string that runs to the end of the
            // template on a backslash ({{ "a\ ), found by fuzzing. With a character after the backslash it
            // reports the unclosed string instead; if that text parses, the backslash was plain text.
            parse(engine, text + "x", text);
        }
        return new CompiledTemplate(text, parse(engine, text, text), limits);
    }

    private static PebbleTemplate parse(PebbleEngine engine, String text, String source) {
        try {
            return engine.getLiteralTemplate(text);
        } catch (PebbleException e) {
            throw TemplateException.of(e, source);
        } catch (TemplateException e) {
            throw e;
        } catch (RuntimeException e) {
            // Pebble's parser runs off its token list on some unfinished templates (an unclosed
            // {% autoescape %}: IndexOutOfBoundsException, found by fuzzing). Still the template's mistake.
            throw new TemplateException("The template does not parse: a tag is unfinished or malformed ("
                    + e.getClass().getSimpleName() + ")", e);
        }
    }

    /** Whether the text ends in an odd run of backslashes: one that escapes nothing. */
    private static boolean endsInLoneBackslash(String text) {
        int run = 0;
        for (int i = text.length() - 1; i >= 0 && text.charAt(i) == '\\'; i--) {
            run++;
        }
        return run % 2 == 1;
    }

    /** The names of the functions and filters this engine adds to Pebble's (docs/scripting.md documents each). */
    public List<String> functionNames() {
        return scripting.functionNames();
    }

    public List<String> filterNames() {
        return scripting.filterNames();
    }
}
