package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the {@code Content-Type} parser (also used for part headers and {@code Content-Disposition}).
 * Parsing never fails; asking for the charset may only be refused with {@link UnreadableBodyException}.
 */
class ContentTypeHeaderFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        ContentTypeHeader header = ContentTypeHeader.parse(new String(data, StandardCharsets.UTF_8));
        assertThat(header.mediaType()).isEqualTo(header.mediaType().toLowerCase(Locale.ROOT));
        header.parameters().keySet().forEach(name -> assertThat(name).isNotEmpty());
        header.isJson();
        try {
            assertThat(header.charset(StandardCharsets.UTF_8)).isNotNull();
        } catch (UnreadableBodyException refused) {
            assertThat(refused.refusal()).isEqualTo(BodyRefusal.UNSUPPORTED_CHARSET);
        }
    }
}
