package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Templates that try to leave the sandbox (behaviour.md §11, issue 3 §4): reach Java classes, methods,
 * files, the network or the environment, or run away with time, memory or output. Each attempt fails
 * cleanly — a {@link TemplateException} with a message an admin can act on — or reads nothing.
 */
class SandboxTest {

    /**
     * Small limits so that running away is quick to show; the defaults are the same mechanism, larger.
     * The time limit is generous so that only the test about time depends on the machine's speed.
     */
    private static final TemplateLimits SMALL = new TemplateLimits(10_000, 10_000, 10_000, Duration.ofSeconds(30));

    private final TemplateEngine engine = new TemplateEngine(Clock.systemUTC(), SMALL);

    private String render(String template) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "ada");
        data.put("items", List.of(1, 2, 3));
        return engine.compile(template).render(Map.of("__data", data));
    }

    @Nested
    class JavaAccess {

        @ParameterizedTest
        @ValueSource(strings = {
                "{{ __data.getClass().forName('java.lang.Runtime').getRuntime().exec('id') }}",
                "{{ __data.name.getClass().getClassLoader() }}",
                "{{ _context.getClass() }}",
                "{{ loop.getClass() }}",
                "{{ __data.items.iterator().next() }}"})
        void cannotCallAMethodOnAnything(String template) {
            assertThatThrownBy(() -> render(template))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("cannot call methods");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{{ __data.class.classLoader }}",
                "{{ __data.name.class.name }}",
                "{{ _context.class }}",
                "{{ _context['__data'].class }}",
                "{{ __data.items.class.protectionDomain }}"})
        void cannotReadAClassThroughAttributes(String template) {
            assertThat(render("[" + template + "]")).isEqualTo("[]");
        }

        @ParameterizedTest
        @ValueSource(strings = {"{{ System }}", "{{ java.lang.System.getenv() }}", "{{ env.HOME }}", "{{ ENV }}",
                "{{ request }}", "{{ session }}", "{{ application }}"})
        void seesNoEnvironmentOrHostObjects(String template) {
            String rendered;
            try {
                rendered = render("[" + template + "]");
            } catch (TemplateException refused) {
                return; // refusing is as good as finding nothing
            }
            assertThat(rendered).isEqualTo("[]");
        }

        @Test
        void cannotCallTheResourceBundleFunction() {
            assertThatThrownBy(() -> render("{{ i18n('messages', 'key') }}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("i18n");
        }
    }

    @Nested
    class FilesAndOtherTemplates {

        @ParameterizedTest
        @ValueSource(strings = {
                "{% include \"/etc/passwd\" %}",
                "{% include \"file:///etc/passwd\" %}",
                "{% import \"/etc/passwd\" %}",
                "{% from \"/etc/passwd\" import x %}",
                "{% extends \"/etc/passwd\" %}",
                "{% embed \"/etc/passwd\" %}{% endembed %}"})
        void cannotLoadAnotherTemplateOrAFile(String template) {
            assertThatThrownBy(() -> engine.compile(template))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("cannot read other templates or files")
                    .hasMessageNotContaining("root:");
        }

        @ParameterizedTest
        @ValueSource(strings = {
                "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
                "{% block b %}x{% endblock %}",
                "{% parallel %}x{% endparallel %}",
                "{% cache 'k' %}x{% endcache %}"})
        void refusesTagsForRecursionThreadsAndSharedState(String template) {
            assertThatThrownBy(() -> engine.compile(template))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("is not available");
        }

        @Test
        void namesTheRefusedTagAndItsLine() {
            assertThatThrownBy(() -> engine.compile("ok\n{% include 'x' %}"))
                    .hasMessage("The 'include' tag is not available: a template cannot read other templates or files (line 2)");
        }
    }

    @Nested
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    class RunawayTemplates {

        @Test
        void stopsLoopsThatRunTooOften() {
            assertThatThrownBy(() -> render("{% for i in 1..10000 %}{% for j in 1..10000 %}{% endfor %}{% endfor %}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("Loops ran more than 10000 times in one render (line 1)");
        }

        @Test
        void refusesARangeLargerThanARenderMayLoop() {
            assertThatThrownBy(() -> render("{% for i in range(1, 1000000000000) %}x{% endfor %}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("more than 10000 values");
        }

        @Test
        void countsTheIterationsOfEveryLoopTogether() {
            assertThat(render("{% for i in 1..100 %}{% for j in 1..99 %}{% endfor %}{% endfor %}ok")).isEqualTo("ok");
            assertThatThrownBy(() -> render("{% for i in 1..100 %}{% for j in 1..100 %}{% endfor %}{% endfor %}"))
                    .isInstanceOf(TemplateException.class);
        }

        @Test
        void stopsARenderThatTakesTooLong() {
            TemplateEngine impatient = new TemplateEngine(Clock.systemUTC(),
                    new TemplateLimits(10_000, 1_000_000, 1_000_000, Duration.ofMillis(20)));
            long start = System.nanoTime();

            assertThatThrownBy(() -> impatient.compile("{% for i in 1..1000000 %}{% set h = hashHmac('sha256', i, 'k') %}"
                    + "{% endfor %}").render(Map.of()))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("The template took longer than 20 ms to render (line 1)");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        }

        @Test
        void stopsOutputThatIsTooLong() {
            assertThatThrownBy(() -> render("{% for i in 1..2000 %}0123456789{% endfor %}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("The template's output is longer than 10000 characters");
        }

        @Test
        void stopsTextThatDoublesInALoop() {
            assertThatThrownBy(() -> render("{% set s = 'x' %}{% for i in 1..64 %}{% set s = s ~ s %}{% endfor %}{{ s }}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("A value grew beyond 10000 characters (line 1)");
        }

        @Test
        void stopsAListThatDoublesInALoop() {
            assertThatThrownBy(() -> render("{% set l = [1] %}{% for i in 1..64 %}{% set l = l|merge(l) %}{% endfor %}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("A value grew beyond 10000 elements (line 1)");
        }

        @Test
        void stopsAReplacementThatExplodes() {
            String big = "{% set s = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' %}"
                    + "{% set t = s|replace({'a': s}) %}{{ t|replace({'a': t})|length }}";

            assertThatThrownBy(() -> render(big))
                    .isInstanceOf(TemplateException.class)
                    .hasMessage("A value grew beyond 10000 characters (line 1)");
        }

        @Test
        void stopsAJoinThatExplodes() {
            assertThatThrownBy(() -> render("{% set s = '" + "0123456789".repeat(10) + "' %}{% set l = [] %}"
                    + "{% for i in 1..200 %}{% set l = l|merge([s]) %}{% endfor %}{{ l|join(s) }}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageStartingWith("A value grew beyond 10000 characters");
        }

        @Test
        void stopsJsonThatExplodes() {
            assertThatThrownBy(() -> render("{% set l = [] %}{% for i in 1..200 %}{% set l = l|merge(['"
                    + "0123456789".repeat(10) + "']) %}{% endfor %}{{ l|json_encode }}"))
                    .isInstanceOf(TemplateException.class)
                    .hasMessageContaining("grew beyond 10000 characters");
        }

        @Test
        void aStoppedRenderLeavesTheTemplateUsable() {
            CompiledTemplate template = engine.compile("{% for i in 1..__data.n %}x{% endfor %}");

            assertThatThrownBy(() -> template.render(Map.of("__data", Map.of("n", 20_000))))
                    .isInstanceOf(TemplateException.class);
            assertThat(template.render(Map.of("__data", Map.of("n", 3)))).isEqualTo("xxx");
        }

        @Test
        void theDefaultLimitsStopAnEndlessLookingLoopQuickly() {
            TemplateEngine defaults = new TemplateEngine();
            long start = System.nanoTime();

            assertThatThrownBy(() -> defaults.compile("{% for i in 1..100000 %}{% for j in 1..100000 %}x{% endfor %}{% endfor %}")
                    .render(Map.of()))
                    .isInstanceOf(TemplateException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
