package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the url-encoded form reader and the bracket-name nesting behind it. The input's first line is
 * the declared charset (so that multi-byte and non-ASCII-compatible charsets are reached), the rest the
 * body. Only {@link UnreadableBodyException} (unknown charset, too many fields) may escape.
 */
class UrlEncodedFormFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void read(byte[] data) {
        FuzzInput input = FuzzInput.of(data);
        try {
            Charset charset = ContentTypeHeader.parse("application/x-www-form-urlencoded; charset=" + input.firstLine())
                    .charset(StandardCharsets.UTF_8);
            FormFields fields = new FormFields();
            UrlEncodedForm.read(input.rest(), charset, 64, fields::add);
            assertThat(fields.toMap()).doesNotContainKey("");
        } catch (UnreadableBodyException refused) {
            assertThat(refused.refusal()).isIn(BodyRefusal.UNSUPPORTED_CHARSET, BodyRefusal.TOO_MANY_FIELDS);
        }
    }
}
