package io.dynamicendpoints.application.template;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the template compiler and renderer with arbitrary template text against a little data, in the
 * sandbox and with small budgets so that a runaway loop or output is stopped quickly. The only exception
 * allowed out of compiling or rendering is {@link TemplateException}.
 */
class TemplateEngineFuzzTest {

    private static final TemplateLimits LIMITS = new TemplateLimits(8 * 1024, 8 * 1024, 2_000, Duration.ofMillis(500));
    private static final TemplateOutput[] OUTPUTS = TemplateOutput.values();
    private static final Map<String, Object> DATA = Map.of("__data", Map.of(
            "name", "Ann <b>",
            "n", 42,
            "price", 12.5,
            "items", List.of(Map.of("sku", "A1", "qty", 2), Map.of("sku", "B2", "qty", 1)),
            "tags", List.of("x", "y"),
            "__headers", Map.of("content-type", "application/json", "authorization", "Bearer a.b.c")));

    private final TemplateEngine engine = new TemplateEngine(
            Clock.fixed(Instant.parse("2026-11-26T00:00:00Z"), ZoneOffset.UTC), LIMITS);

    @FuzzTest(maxDuration = "10m")
    void compileAndRender(byte[] data) {
        String source = new String(data, StandardCharsets.UTF_8);
        TemplateOutput output = OUTPUTS[data.length % OUTPUTS.length];
        try {
            String rendered = engine.compile(source, output).render(DATA);
            assertThat(rendered.length()).isLessThanOrEqualTo(LIMITS.maxOutputChars());
        } catch (TemplateException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }
}
