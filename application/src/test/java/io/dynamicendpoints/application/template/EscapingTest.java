package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Escaping per output (docs/scripting.md, "Escaping"): JSON replies stay valid JSON and are never
 * HTML-escaped, markup replies and HTML pages escape markup, plain text is left alone.
 */
class EscapingTest {

    private static final String HOSTILE = "say \"hi\" <b>&</b>\\\n";

    private final TemplateEngine engine = new TemplateEngine();

    private String render(String template, TemplateOutput output) {
        return engine.compile(template, output).render(Map.of("__data", Map.of("text", HOSTILE, "n", 5,
                "items", List.of("a\"", 2))));
    }

    @Test
    void aJsonDataReplyEscapesValuesForJsonStrings() {
        assertThat(render("{\"echo\": \"{{ __data.text }}\", \"n\": {{ __data.n }}}", TemplateOutput.DATA))
                .isEqualTo("{\"echo\": \"say \\\"hi\\\" <b>&</b>\\\\\\n\", \"n\": 5}");
    }

    @Test
    void aJsonArrayReplyIsEscapedTheSameWay() {
        assertThat(render("[\"{{ __data.text }}\"]", TemplateOutput.DATA)).startsWith("[\"say \\\"hi\\\"");
    }

    @Test
    void aJsonDataReplyNeverHtmlEscapes() {
        assertThat(render("{\"echo\": \"{{ __data.text }}\"}", TemplateOutput.DATA)).doesNotContain("&lt;", "&quot;", "&amp;");
    }

    @Test
    void jsonEncodeIsNotEscapedTwice() {
        assertThat(render("{\"items\": {{ __data.items|json_encode }}}", TemplateOutput.DATA))
                .isEqualTo("{\"items\": [\"a\\\"\",2]}");
    }

    @Test
    void rawPrintsAValueAsItIs() {
        assertThat(render("{\"x\": {{ '{\"nested\": true}'|raw }}}", TemplateOutput.DATA)).isEqualTo("{\"x\": {\"nested\": true}}");
    }

    @Test
    void leadingTagsDoNotHideTheShapeOfTheReply() {
        assertThat(render("{# note #}{% set a = 1 %}\n {\"echo\": \"{{ __data.text }}\"}", TemplateOutput.DATA))
                .contains("\\\"hi\\\"");
    }

    @Test
    void aMarkupDataReplyEscapesMarkup() {
        assertThat(render("<?xml version=\"1.0\"?><echo>{{ __data.text }}</echo>", TemplateOutput.DATA))
                .isEqualTo("<?xml version=\"1.0\"?><echo>say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;\\\n</echo>");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ref={{ __data.text }}",
            "{{ __data.text }}"})
    void aPlainDataReplyIsLeftAlone(String template) {
        assertThat(render(template, TemplateOutput.DATA)).endsWith(HOSTILE);
    }

    @Test
    void anHtmlPageEscapesMarkup() {
        assertThat(render("<p>{{ __data.text }}</p>", TemplateOutput.HTML))
                .isEqualTo("<p>say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;\\\n</p>");
    }

    @Test
    void anHtmlPageCanPrintMarkupOnPurpose() {
        assertThat(engine.compile("<div>{{ __data.snippet|raw }}</div>", TemplateOutput.HTML)
                .render(Map.of("__data", Map.of("snippet", "<b>bold</b>")))).isEqualTo("<div><b>bold</b></div>");
    }

    @Test
    void anHtmlPageEscapesJsonLikeAnyValue() {
        assertThat(engine.compile("<div data-x=\"{{ __data.x|json_encode }}\"></div>", TemplateOutput.HTML)
                .render(Map.of("__data", Map.of("x", "<script>"))))
                .isEqualTo("<div data-x=\"&quot;&lt;script&gt;&quot;\"></div>");
    }

    @Test
    void anHtmlPageTakesJsonAsItIsOnRequest() {
        assertThat(engine.compile("<script>var x = {{ __data.x|json_encode|raw }};</script>", TemplateOutput.HTML)
                .render(Map.of("__data", Map.of("x", List.of(1, 2))))).isEqualTo("<script>var x = [1,2];</script>");
    }

    @Test
    void literalTextIsNeverEscaped() {
        assertThat(render("<p>{{ '<br>' }}</p>", TemplateOutput.HTML)).isEqualTo("<p><br></p>");
    }

    @Test
    void plainTextTemplatesAreLeftAlone() {
        assertThat(render("https://example.com/?q={{ __data.text }}", TemplateOutput.TEXT)).endsWith(HOSTILE);
        assertThat(engine.compile("{{ __data.text }}").render(Map.of("__data", Map.of("text", HOSTILE)))).isEqualTo(HOSTILE);
    }

    @Test
    void theEscapeFilterEscapesOnDemand() {
        assertThat(render("{{ __data.text|escape }}|{{ __data.text|escape('json') }}", TemplateOutput.TEXT))
                .isEqualTo("say &quot;hi&quot; &lt;b&gt;&amp;&lt;/b&gt;\\\n|say \\\"hi\\\" <b>&</b>\\\\\\n");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "'{\"a\": 1}'|JSON",
            "'  [1]'|JSON",
            "'{% if x %}{\"a\": 1}{% endif %}'|JSON",
            "'<?xml version=\"1.0\"?><a/>'|HTML",
            "'<html></html>'|HTML",
            "'{{ x }}'|NONE",
            "'ok {{ x }}'|NONE",
            "''|NONE"})
    void aDataReplysShapeChoosesItsEscaping(String source, TemplateOutput.Escaping escaping) {
        assertThat(TemplateOutput.DATA.escapingFor(source)).isEqualTo(escaping);
    }
}
