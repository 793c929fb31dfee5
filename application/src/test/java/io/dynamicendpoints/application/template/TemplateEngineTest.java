package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

class TemplateEngineTest {

    private final TemplateEngine engine = new TemplateEngine();

    @ParameterizedTest
    @ValueSource(strings = {"{{ unclosed", "{% if %}", "{{ }}", "{% for x in %}{% endfor %}", "{% endif %}", "{{ a b }}"})
    void refusesATemplateThatDoesNotParse(String source) {
        assertThatThrownBy(() -> engine.compile(source))
                .isInstanceOf(TemplateException.class)
                .hasMessageNotContaining("Exception");
    }

    /** Found by fuzzing (docs/security.md): Pebble's own parser threw an index error or never returned on these. */
    @ParameterizedTest
    @ValueSource(strings = {"{% autoescape false %}{{ x }}", "{{ \"a\\", "{%\"\\", "{{ 'a' ~ \"\\\\\\"})
    void refusesAnUnfinishedTagOrStringInTime(String source) {
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThatThrownBy(() -> engine.compile(source))
                .isInstanceOf(TemplateException.class));
    }

    @Test
    void keepsATrailingBackslashOfPlainText() {
        CompiledTemplate path = engine.compile("C:\\{{ __data.dir }}\\");

        assertThat(path.render(Map.of("__data", Map.of("dir", "tmp")))).isEqualTo("C:\\tmp\\");
    }

    @Test
    void keepsTheSourceOfWhatItCompiled() {
        assertThat(engine.compile("Hello {{ __data.name }}").source()).isEqualTo("Hello {{ __data.name }}");
    }

    @Test
    void treatsTextWithoutTagsAsPlainText() {
        CompiledTemplate plain = engine.compile("{\"status\": \"received\"}");

        assertThat(plain.render(Map.of())).isEqualTo("{\"status\": \"received\"}");
    }

    @Test
    void treatsAMissingTemplateAsEmptyText() {
        CompiledTemplate missing = engine.compile(null);

        assertThat(missing.source()).isEmpty();
        assertThat(missing.render(Map.of())).isEmpty();
    }

    @Test
    void acceptsAComment() {
        assertThat(engine.compile("a{# note for admins #}b").render(Map.of())).isEqualTo("ab");
    }

    @Test
    void acceptsAnUnknownFunctionUntilItIsRendered() {
        CompiledTemplate unknown = engine.compile("{{ noSuchFunction(__data.amount) }}");

        assertThatThrownBy(() -> unknown.render(Map.of("__data", Map.of("amount", 1))))
                .isInstanceOf(TemplateException.class)
                .hasMessageContaining("noSuchFunction");
    }

    @Test
    void namesTheLineOfAMistakeButNotTheTemplateText() {
        assertThatThrownBy(() -> engine.compile("line one\nline two {{ a b }}"))
                .isInstanceOf(TemplateException.class)
                .hasMessageEndingWith("(line 2)")
                .hasMessageNotContaining("line one");
    }
}
