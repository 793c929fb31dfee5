package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The templates' own JSON reader and writer (the application may not use a JSON library). */
class JsonTextTest {

    @Test
    void readsEveryKindOfValue() {
        Object value = JsonText.read(" {\"s\": \"a\\\"b\\u00e9\\n\", \"i\": 7, \"l\": 12345678901, \"big\": 123456789012345678901234567890,"
                + " \"d\": -1.5e2, \"t\": true, \"f\": false, \"n\": null, \"a\": [1, [], {}]} ");

        Map<String, Object> expected = new LinkedHashMap<>();
        expected.put("s", "a\"bé\n");
        expected.put("i", 7);
        expected.put("l", 12345678901L);
        expected.put("big", new BigInteger("123456789012345678901234567890"));
        expected.put("d", -150.0);
        expected.put("t", true);
        expected.put("f", false);
        expected.put("n", null);
        expected.put("a", List.of(1, List.of(), Map.of()));
        assertThat(value).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{", "{\"a\" 1}", "[1,]", "[1 2]", "01", "1.", "-", "tru", "\"unterminated", "{\"a\":1} x",
            "{'a': 1}", "\"tab\there\"", "[1e]", "NaN"})
    void refusesWhatIsNotJson(String text) {
        assertThatThrownBy(() -> JsonText.read(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesADocumentNestedTooDeeply() {
        String deep = "[".repeat(JsonText.MAX_DEPTH + 2) + "]".repeat(JsonText.MAX_DEPTH + 2);

        assertThatThrownBy(() -> JsonText.read(deep)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void writesCompactJsonInInsertionOrder() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("b", Arrays.asList(1, 2.5, new BigDecimal("1E+3"), null, true));
        value.put("a", "x/y é \u0001");
        value.put("nan", Double.NaN);

        assertThat(JsonText.write(value, 1000)).isEqualTo("{\"b\":[1,2.5,1000,null,true],\"a\":\"x/y é \\u0001\",\"nan\":null}");
    }

    @Test
    void readsWhatItWrites() {
        Map<String, Object> value = Map.of("list", List.of("a\"b", 1, Map.of("k", false)));

        assertThat(JsonText.read(JsonText.write(value, 1000))).isEqualTo(value);
    }

    @Test
    void stopsWritingAtTheLimit() {
        assertThatThrownBy(() -> JsonText.write(List.of("0123456789", "0123456789"), 15))
                .isInstanceOf(BudgetExceeded.class)
                .hasMessageContaining("A value grew beyond 15 characters");
    }

    @Test
    void escapesForAJsonString() {
        assertThat(JsonText.escape("\"\\\n\r\t\b\f\u2028</")).isEqualTo("\\\"\\\\\\n\\r\\t\\b\\f\\u2028</");
    }

    @Test
    void prettyTextReadsBackToTheSameDocument() {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", "{\"status\": \"ok\"}\n\t\\ \u0001 é");
        listener.put("add_authentication", false);
        listener.put("max_token_lifetime", 0);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("id", 42L);
        document.put("name", "Invoice \"webhook\"");
        document.put("listener", listener);
        document.put("steps", List.of(Map.of("id", "a", "type", "store_value", "then", List.of())));
        document.put("nothing", null);

        String text = JsonText.pretty(document);

        assertThat(JsonText.read(text)).isEqualTo(JsonText.read(JsonText.write(document, Long.MAX_VALUE)));
    }

    @Test
    void prettyTextIndentsAndKeepsTheDocumentsOrder() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "n");
        document.put("listener", Map.of("return_type", "data"));
        document.put("steps", List.of());

        assertThat(JsonText.pretty(document)).isEqualTo("""
                {
                  "name": "n",
                  "listener": {
                    "return_type": "data"
                  },
                  "steps": []
                }""");
    }
}
