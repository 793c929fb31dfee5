package io.dynamicendpoints.adminui.base;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class JsonTextTest {

    private final ObjectMapper parser = new ObjectMapper();

    @Test
    void writesJsonThatReadsBackToTheSameDocument() throws Exception {
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

        assertThat(parser.readValue(text, Map.class)).isEqualTo(parser.readValue(parser.writeValueAsString(document), Map.class));
    }

    @Test
    void indentsAndKeepsTheDocumentsOrder() {
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
