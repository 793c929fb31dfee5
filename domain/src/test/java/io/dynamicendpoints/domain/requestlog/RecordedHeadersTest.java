package io.dynamicendpoints.domain.requestlog;

import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordedHeadersTest {

    @Test
    void keepsHeadersInTheOrderTheyCame() {
        RecordedHeaders headers = RecordedHeaders.of(new String[]{"x-event", "content-type", "accept"},
                new String[]{"paid", "application/json", "*/*"}, 3);

        assertThat(headers.keySet()).containsExactly("x-event", "content-type", "accept");
        assertThat(headers).containsEntry("content-type", "application/json").hasSize(3);
        assertThat(headers.get("missing")).isNull();
    }

    @Test
    void equalsAnyMapWithTheSameHeadersWhateverTheOrder() {
        Map<String, String> hashed = new LinkedHashMap<>();
        hashed.put("b", "2");
        hashed.put("a", "1");
        RecordedHeaders recorded = RecordedHeaders.of(new String[]{"a", "b"}, new String[]{"1", "2"}, 2);

        assertThat(recorded).isEqualTo(hashed).hasSameHashCodeAs(hashed);
        assertThat(hashed).isEqualTo(recorded);
        assertThat(recorded.sameInOrder(RecordedHeaders.copyOf(hashed))).as("the order differs").isFalse();
        assertThat(recorded.sameInOrder(RecordedHeaders.of(new String[]{"a", "b"}, new String[]{"1", "2"}, 2))).isTrue();
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
