package io.dynamicendpoints.adapters.persistence.requestlog;

import io.dynamicendpoints.domain.requestlog.RecordedHeaders;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HeaderTextsTest {

    private final HeaderTexts texts = new HeaderTexts();

    private static RecordedHeaders headers(String... namesAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return RecordedHeaders.copyOf(map);
    }

    @Test
    void handsOutOneTextPerHeaderSetWhileClientsInterleave() {
        String first = texts.text(headers("host", "a", "content-type", "application/json"));
        String second = texts.text(headers("content-type", "application/json", "host", "a"));

        assertThat(first).isEqualTo("{\"host\":\"a\",\"content-type\":\"application/json\"}");
        assertThat(second).isEqualTo("{\"content-type\":\"application/json\",\"host\":\"a\"}");
        for (int i = 0; i < 3; i++) {
            assertThat(texts.text(headers("host", "a", "content-type", "application/json"))).isSameAs(first);
            assertThat(texts.text(headers("content-type", "application/json", "host", "a"))).isSameAs(second);
        }
    }

    @Test
    void forgetsTheOldestSetOnceMoreSetsThanItKeepsCameAlong() {
        String oldest = texts.text(headers("x-client", "0"));
        for (int client = 1; client <= HeaderTexts.SIZE; client++) {
            texts.text(headers("x-client", String.valueOf(client)));
        }

        String again = texts.text(headers("x-client", "0"));

        assertThat(again).isEqualTo(oldest).isNotSameAs(oldest);
    }

    @Test
    void writesMapsOfOtherKindsAfresh() {
        assertThat(texts.text(Map.of("host", "a"))).isEqualTo("{\"host\":\"a\"}");
        assertThat(texts.text(Map.of())).isEqualTo("{}");
    }
}
