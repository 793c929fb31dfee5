package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the multipart reader on its own, where the fuzzer spends all its time in boundaries and part
 * headers. The input's first line is the {@code Content-Type} (with its boundary), the rest the body.
 * Only {@link UnreadableBodyException} may escape: a broken body, too many parts, a part's unknown charset.
 */
class MultipartFormFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        FuzzInput input = FuzzInput.of(data);
        try {
            FormFields fields = new FormFields();
            for (MultipartForm.Part part : MultipartForm.parse(input.rest(), ContentTypeHeader.parse(input.firstLine()), 16)) {
                assertThat(part.content().length).isLessThanOrEqualTo(input.rest().length);
                fields.add(part.name(), part.filename().isPresent() ? part.filename().get()
                        : MultipartForm.text(part, StandardCharsets.UTF_8));
            }
            fields.toMap();
        } catch (UnreadableBodyException refused) {
            assertThat(refused.refusal()).isIn(BodyRefusal.INVALID_MULTIPART, BodyRefusal.TOO_MANY_FIELDS,
                    BodyRefusal.UNSUPPORTED_CHARSET);
        }
    }
}
