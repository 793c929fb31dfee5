package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.testing.JacksonJson;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Fuzzes the reply type detection and its strict JSON recogniser. Nothing may escape either, and
 * {@link StrictJson}'s yes must be certain: whatever it recognises, the JSON parser reads as an object
 * or array (its doc's promise, and why the parser can be skipped for the usual reply).
 */
class ReplyContentTypeFuzzTest {

    private final Json json = new JacksonJson();
    private final ReplyContentType replyContentType = new ReplyContentType(json);

    @FuzzTest(maxDuration = "10m")
    void detect(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        if (StrictJson.isObjectOrArray(text)) {
            assertThatCode(() -> assertThat(json.parse(text)).isInstanceOfAny(Map.class, List.class))
                    .as("StrictJson recognised it, so the parser must read it").doesNotThrowAnyException();
        }
        assertThat(replyContentType.detect(text).isEmpty()).isEqualTo(text.isBlank());
    }
}
