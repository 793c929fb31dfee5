package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The scripting language itself (behaviour.md §11): output, logic tags, filters, paths, concatenation,
 * and the Twig (PHP) reading of numbers and comparisons that form data needs, since every form field
 * and query parameter arrives as text.
 */
class LanguageTest {

    private final TemplateEngine engine = new TemplateEngine();
    private final Map<String, Object> data = new LinkedHashMap<>();

    private String render(String template) {
        return engine.compile(template).render(Map.of("__data", data));
    }

    @Test
    void printsWithDoubleBracesAndRunsLogicWithoutPrinting() {
        data.put("name", "Ada");

        assertThat(render("{% set greeting = 'Hello, ' ~ __data.name %}{{ greeting }}!")).isEqualTo("Hello, Ada!");
    }

    @Test
    void branchesWithIfElseifElse() {
        String template = "{% if __data.n > 10 %}big{% elseif __data.n > 5 %}medium{% else %}small{% endif %}";

        data.put("n", 11);
        assertThat(render(template)).isEqualTo("big");
        data.put("n", "7");
        assertThat(render(template)).isEqualTo("medium");
        data.remove("n");
        assertThat(render(template)).isEqualTo("small");
    }

    @Test
    void loopsOverListsWithTwigsLoopVariable() {
        data.put("items", List.of("a", "b", "c"));

        assertThat(render("{% for item in __data.items %}{{ loop.index }}:{{ item }}{% if not loop.last %}, {% endif %}{% endfor %}"))
                .isEqualTo("1:a, 2:b, 3:c");
        assertThat(render("{% for item in __data.items %}{{ loop.index0 }}{{ loop.revindex }}{{ loop.revindex0 }}"
                + "{{ loop.first ? 'F' : '' }}{{ loop.length }} {% endfor %}")).isEqualTo("032F3 1213 2103 ");
    }

    @Test
    void loopsOverMapsAsKeyAndValue() {
        data.put("order", new LinkedHashMap<>(Map.of("id", 7)));

        assertThat(render("{% for field in __data.order %}{{ field.key }}={{ field.value }}{% endfor %}")).isEqualTo("id=7");
    }

    @Test
    void runsTheElseOfALoopOverNothing() {
        assertThat(render("{% for x in __data.missing %}{{ x }}{% else %}none{% endfor %}")).isEqualTo("none");
        data.put("text", "not a list");
        assertThat(render("{% for x in __data.text %}{{ x }}{% else %}none{% endfor %}")).isEqualTo("none");
    }

    @Test
    void chainsFiltersLeftToRight() {
        data.put("name", "  ada lovelace ");

        assertThat(render("{{ __data.name|trim|title|replace({'Ada': 'A.'}) }}")).isEqualTo("A. Lovelace");
    }

    @Test
    void readsPathsWithDotsAndBrackets() {
        data.put("order", Map.of("items", List.of(Map.of("sku", "A1"))));
        data.put("__headers", Map.of("x-event-type", "order.created"));

        assertThat(render("{{ __data.order.items[0].sku }} {{ __data['order']['items'][0]['sku'] }} "
                + "{{ __data.__headers['x-event-type'] }}")).isEqualTo("A1 A1 order.created");
    }

    @Test
    void rendersAPathThatDoesNotExistAsNothing() {
        data.put("order", Map.of("items", List.of()));
        data.put("name", "Ada");

        assertThat(render("[{{ __data.order.items[3].sku }}{{ __data.nothing.deeper }}{{ __data.name.first }}"
                + "{{ nothing }}{{ __data.order.items.sku }}]")).isEqualTo("[]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{{ __data.qty * 2 }}|6",
            "{{ __data.qty + __data.price }}|15.5",
            "{{ __data.price * __data.qty }}|37.5",
            "{{ 10 / 4 }}|2.5",
            "{{ 10 / 5 }}|2",
            "{{ 0.1 + 0.2 }}|0.3",
            "{{ 7 % 3 }}|1",
            "{{ __data.missing + 1 }}|1",
            "{{ -__data.qty }}|-3"})
    void computesWithNumbersAndNumericText(String template, String expected) {
        data.put("qty", "3");
        data.put("price", 12.5);

        assertThat(render(template)).isEqualTo(expected);
    }

    @Test
    void refusesToDivideByZero() {
        assertThatThrownBy(() -> render("{{ 1 / 0 }}")).isInstanceOf(TemplateException.class)
                .hasMessage("Division by zero (line 1)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{{ __data.amount > 1000 }}|true",
            "{{ __data.amount == 2500 }}|true",
            "{{ __data.amount == '2500.0' }}|true",
            "{{ '10' > '9' }}|true",
            "{{ 'apple' < 'banana' }}|true",
            "{{ __data.missing > 1 }}|false",
            "{{ __data.missing == 0 }}|true",
            "{{ __data.missing == '' }}|true",
            "{{ __data.amount != 2500 }}|false",
            "{{ 'a' == 'a' and not ('b' == 'c') }}|true",
            "{{ [1, 2] == [1, 2] }}|true"})
    void comparesAsPhpDoes(String template, String expected) {
        data.put("amount", "2500");

        assertThat(render(template)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "text|yes", "empty|no", "zeroText|no", "zero|no", "one|yes", "list|yes", "emptyList|no", "map|yes",
            "emptyMap|no", "no|no", "missing|no"})
    void readsConditionsAsTwigDoes(String field, String expected) {
        data.put("text", "x");
        data.put("empty", "");
        data.put("zeroText", "0");
        data.put("zero", 0);
        data.put("one", 1);
        data.put("list", List.of(1));
        data.put("emptyList", List.of());
        data.put("map", Map.of("a", 1));
        data.put("emptyMap", Map.of());
        data.put("no", false);

        assertThat(render("{% if __data." + field + " %}yes{% else %}no{% endif %}")).isEqualTo(expected);
        assertThat(render("{% if not __data." + field + " %}no{% else %}yes{% endif %}")).isEqualTo(expected);
        assertThat(render("{% if __data." + field + " and true %}yes{% elseif false or __data." + field + " %}?{% else %}no{% endif %}"))
                .isEqualTo(expected);
    }

    @Test
    void shortCircuitsAndAndOr() {
        assertThat(render("{{ false and (1 / 0) }} {{ true or (1 / 0) }}")).isEqualTo("false true");
    }

    @Test
    void testsValuesWithIs() {
        data.put("empty", "");
        data.put("set", "x");

        assertThat(render("{{ __data.missing is null }} {{ __data.empty is empty }} {{ __data.set is not empty }} "
                + "{{ 4 is even }} {{ __data.set is defined }}")).isEqualTo("true true true true true");
    }

    @Test
    void knowsContainsAndTheTernary() {
        data.put("email", "sara.smith@gmail.com");
        data.put("tags", List.of("vip", "new"));

        assertThat(render("{{ __data.email contains 'gmail' ? 'Gmail' : 'other' }} {{ __data.tags contains 'vip' }}"))
                .isEqualTo("Gmail true");
    }

    @Test
    void buildsListsAndMapsInline() {
        assertThat(render("{{ {'a': [1, 2], 'b': 'x'}|json_encode }}")).isEqualTo("{\"a\":[1,2],\"b\":\"x\"}");
    }

    @Test
    void keepsNewLinesAsWritten() {
        assertThat(render("{% if true %}\nyes\n{% endif %}\n")).isEqualTo("\nyes\n\n");
    }

    @Test
    void skipsComments() {
        assertThat(render("a{# for admins only #}b")).isEqualTo("ab");
    }
}
