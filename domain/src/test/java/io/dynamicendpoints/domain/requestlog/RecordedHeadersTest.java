package io.dynamicendpoints.domain.requestlog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordedHeadersTest {

    @Test
    void keepsHeadersInTheOrderTheyCame() {
        RecordedHeaders headers = RecordedHeaders.builder(1).put("x-event", "paid").put("content-type", "application/json")
                .put("accept", "*/*").build();

        assertThat(headers.keySet()).containsExactly("x-event", "content-type", "accept");
        assertThat(headers).containsEntry("content-type", "application/json").hasSize(3);
        assertThat(headers.get("missing")).isNull();
    }

    @Test
    void equalsAnyMapWithTheSameHeadersWhateverTheOrder() {
        Map<String, String> hashed = new LinkedHashMap<>();
        hashed.put("b", "2");
        hashed.put("a", "1");
        RecordedHeaders recorded = RecordedHeaders.builder(2).put("a", "1").put("b", "2").build();

        assertThat(recorded).isEqualTo(hashed).hasSameHashCodeAs(hashed);
        assertThat(hashed).isEqualTo(recorded);
        assertThat(recorded.sameInOrder(RecordedHeaders.copyOf(hashed))).as("the order differs").isFalse();
        assertThat(recorded.sameInOrder(RecordedHeaders.builder(2).put("a", "1").put("b", "2").build())).isTrue();
    }

    @Test
    void cannotBeChanged() {
        RecordedHeaders headers = RecordedHeaders.copyOf(Map.of("a", "1"));

        assertThatThrownBy(() -> headers.put("b", "2")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> headers.entrySet().iterator().next().setValue("2"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(RecordedHeaders.copyOf(headers)).isSameAs(headers);
        assertThat(RecordedHeaders.copyOf(Map.of())).isSameAs(RecordedHeaders.EMPTY);
    }
}
