package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

class CompiledTemplateTest {

    private final TemplateEngine engine = new TemplateEngine();

    private String render(String template, Map<String, Object> data) {
        return engine.compile(template).render(Map.of("__data", data));
    }

    @Test
    void rendersAFieldOfData() {
        assertThat(render("{{ __data.customer_email }}", Map.of("customer_email", "john@example.com")))
                .isEqualTo("john@example.com");
    }

    @Test
    void rendersNumbersAndBooleansAsText() {
        assertThat(render("{{ __data.a }} {{ __data.b }} {{ __data.c }}", Map.of("a", 2500, "b", 12.5, "c", true)))
                .isEqualTo("2500 12.5 true");
    }

    @Test
    void rendersNestedObjectsAndListItems() {
        Map<String, Object> data = Map.of("order", Map.of("items", List.of(Map.of("sku", "A1"), Map.of("sku", "B2"))));

        assertThat(render("{{ __data.order.items[0].sku }}", data)).isEqualTo("A1");
        assertThat(render("{{ __data.order.items[1].sku }}", data)).isEqualTo("B2");
    }

    @Test
    void rendersAHyphenatedHeaderWithBrackets() {
        Map<String, Object> data = Map.of("__headers", Map.of("x-event-type", "order.created"));

        assertThat(render("{{ __data.__headers['x-event-type'] }}", data)).isEqualTo("order.created");
    }

    @Test
    void rendersTheFirstElementOfJwtData() {
        Map<String, Object> data = Map.of("__headers", Map.of("__jwt_data", List.of(Map.of("customer_id", 42))));

        assertThat(render("{{ __data.__headers.__jwt_data[0].customer_id }}", data)).isEqualTo("42");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{{ __data.missing }}",
            "{{ __data.missing.deeper.still }}",
            "{{ __data.order.items[5].sku }}",
            "{{ __data.__headers['x-absent'] }}",
            "{{ customer_email }}"})
    void rendersWhatIsMissingAsEmptyText(String template) {
        Map<String, Object> data = Map.of("order", Map.of("items", List.of()), "__headers", Map.of(),
                "customer_email", "john@example.com");

        assertThat(render("[" + template + "]", data)).isEqualTo("[]");
    }

    @Test
    void rendersANullValueAsEmptyText() {
        Map<String, Object> data = new HashMap<>();
        data.put("nothing", null);

        assertThat(render("[{{ __data.nothing }}]", data)).isEqualTo("[]");
    }

    @Test
    void writesValuesAsTheyAreInPlainTextTemplates() {
        assertThat(render("{{ __data.text }}", Map.of("text", "<b>\"Tom & Jerry\"</b>")))
                .isEqualTo("<b>\"Tom & Jerry\"</b>");
    }

    @Test
    void readsTheElementsOfATopLevelArrayByIndex() {
        assertThat(render("{{ __data[0].a }}{{ __data[1] }}", Map.of("0", Map.of("a", 1), "1", "two"))).isEqualTo("1two");
    }

    @Test
    void readsNothingAtANegativeOrTextIndex() {
        assertThat(render("[{{ __data.items[-1] }}{{ __data.items['x'] }}]", Map.of("items", List.of(1, 2)))).isEqualTo("[]");
    }

    @Test
    void keepsNewLinesAfterTags() {
        assertThat(render("{% if true %}yes{% endif %}\nnext", Map.of())).isEqualTo("yes\nnext");
    }

    @Test
    void concatenatesWithTheTilde() {
        assertThat(render("{{ \"acme-\" ~ \"issuer\" }}", Map.of())).isEqualTo("acme-issuer");
    }

    @Test
    void appliesFilters() {
        assertThat(render("{{ __data.name | upper }}", Map.of("name", "ada"))).isEqualTo("ADA");
    }

    @Test
    void rendersManyTimesWithDifferentData() {
        CompiledTemplate template = engine.compile("Thanks, {{ __data.first_name }}");

        assertThat(template.render(Map.of("__data", Map.of("first_name", "Sara")))).isEqualTo("Thanks, Sara");
        assertThat(template.render(Map.of("__data", Map.of("first_name", "Ann")))).isEqualTo("Thanks, Ann");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"key\": \"do-not-leak\", \"x\": {{ __data.name|abs }}}",
            "{\"key\": \"do-not-leak\", \"x\": {{ 1 / 0 }}}",
            "{\"key\": \"do-not-leak\", \"x\": {{ __data.missing() }}}",
            "{\"key\": \"do-not-leak\", \"x\": {{ jwtEncode('x', 'k') }}}"})
    void neverQuotesTheTemplateInAnError(String template) {
        Throwable failure = catchThrowable(() -> render(template, Map.of("name", "ada")));

        assertThat(failure).isInstanceOf(TemplateException.class);
        assertThat(failure.getMessage()).doesNotContain("do-not-leak").contains("(line 1)");
    }

    /** A call of a Java method fails the render; its result never appears. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{{ __data.name.toUpperCase() }}",
            "{{ __data.name.getClass() }}",
            "{{ __data.getClass().getName() }}",
            "{{ __data.order.getClass() }}",
            "{{ __data.list.size() }}",
            "{{ __data.name.concat('x') }}"})
    void cannotCallAJavaMethod(String template) {
        Throwable failure = catchThrowable(() -> render(template, javaLookingData()));

        assertThat(failure).isInstanceOf(TemplateException.class);
        assertThat(failure.getMessage()).contains("cannot call methods").doesNotContain("ADA", "java.lang", "class java.");
    }

    /** Reading a "property" of a value that is not a map or list finds nothing, like any wrong path. */
    @ParameterizedTest
    @ValueSource(strings = {
            "{{ __data.name.class }}",
            "{{ __data.name.bytes }}",
            "{{ __data.name.empty }}",
            "{{ __data.name.class.forName }}",
            "{{ __data.order.class }}",
            "{{ __data.list.empty }}",
            "{{ __data.number.class.name }}"})
    void readsNothingFromAJavaGetter(String template) {
        assertThat(render("[" + template + "]", javaLookingData())).isEqualTo("[]");
    }

    private static Map<String, Object> javaLookingData() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("name", "ada");
        data.put("order", new HashMap<>(Map.of("id", 1)));
        data.put("list", List.of(1, 2, 3));
        data.put("number", 42);
        return data;
    }
}
