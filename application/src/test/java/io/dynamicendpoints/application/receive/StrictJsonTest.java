package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.testing.JacksonJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** The strict reader recognises ordinary JSON replies, and never calls JSON what the parser refuses. */
class StrictJsonTest {

    private final Json parser = new JacksonJson();

    @ParameterizedTest
    @ValueSource(strings = {
            "{}", "[]", "{\"status\": \"received\", \"ref\": \"C-1\"}", " \n{\"a\":{\"b\":[true,false,null]}}\t",
            "[1, -2, 3.25, 0, -0.5e-3, 6E+2, 1e9]", "{\"text\":\"quote \\\" slash \\\\ \\/ \\b\\f\\n\\r\\t \\u00e9 é 😀\"}",
            "[[[[[]]]]]", "{\"\":\"\"}", "[\"\"]"})
    void recognisesWellFormedObjectsAndArrays(String text) {
        assertThat(StrictJson.isObjectOrArray(text)).isTrue();
        assertThat(parses(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "", "{", "[", "{]", "[}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "[1,]", "[,1]", "{a:1}", "{'a':1}",
            "[01]", "[1.]", "[.5]", "[-]", "[1e]", "[+1]", "[NaN]", "[Infinity]", "[tru]", "[nul]", "[True]",
            "{\"a\":1}x", "{\"a\":1} {}", "[1] // comment", "[\"tab\there\"]", "[\"\\x\"]", "[\"\\u12G4\"]",
            "[\"unterminated]", "\"text\"", "42", "null", "[1]\u00a0"})
    void recognisesNothingElse(String text) {
        assertThat(StrictJson.isObjectOrArray(text)).isFalse();
    }

    @Test
    void leavesDeepAndHugeDocumentsToTheParser() {
        String deep = "[".repeat(StrictJson.MAX_DEPTH + 1) + "]".repeat(StrictJson.MAX_DEPTH + 1);
        String huge = "[\"" + "x".repeat(StrictJson.MAX_LENGTH) + "\"]";

        assertThat(StrictJson.isObjectOrArray(deep)).isFalse();
        assertThat(StrictJson.isObjectOrArray(huge)).isFalse();
        assertThat(new ReplyContentType(parser).detect(huge)).contains(ReplyContentType.JSON);
    }

    private boolean parses(String text) {
        try {
            parser.parse(text.strip());
            return true;
        } catch (Json.MalformedJsonException e) {
            return false;
        }
    }
}
