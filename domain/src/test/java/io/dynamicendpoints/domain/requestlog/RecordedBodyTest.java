package io.dynamicendpoints.domain.requestlog;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RecordedBodyTest {

    @Test
    void keepsABodyWithinTheLimitWhole() {
        RecordedBody body = RecordedBody.of("{\"a\": 1}".getBytes(StandardCharsets.UTF_8), 100);

        assertThat(body).isEqualTo(new RecordedBody("{\"a\": 1}", 8, false));
    }

    @Test
    void cutsALongerBodyAtTheLimitNotingItsFullLength() {
        RecordedBody body = RecordedBody.of("abcdefghij".getBytes(StandardCharsets.UTF_8), 4);

        assertThat(body).isEqualTo(new RecordedBody("abcd", 10, true));
    }

    @Test
    void neverCutsACharacterInHalf() {
        byte[] euros = "€€€".getBytes(StandardCharsets.UTF_8); // three bytes each

        assertThat(RecordedBody.of(euros, 4).text()).isEqualTo("€");
        assertThat(RecordedBody.of(euros, 6).text()).isEqualTo("€€");
        assertThat(RecordedBody.of("€€€", 5)).isEqualTo(new RecordedBody("€", 9, true));
    }

    @Test
    void measuresTextInUtf8Bytes() {
        assertThat(RecordedBody.of("ü😀", 100).length()).isEqualTo(6);
    }

    @Test
    void replacesNulAndInvalidBytes() {
        assertThat(RecordedBody.of(new byte[]{'a', 0, (byte) 0xFF, 'b'}, 100).text()).isEqualTo("a\uFFFD\uFFFDb");
        assertThat(RecordedBody.of("a\u0000b", 100).text()).isEqualTo("a\uFFFDb");
    }

    @Test
    void treatsNothingAsEmpty() {
        assertThat(RecordedBody.of((byte[]) null, 10)).isEqualTo(RecordedBody.EMPTY);
        assertThat(RecordedBody.of("", 10)).isEqualTo(RecordedBody.EMPTY);
        assertThat(RecordedBody.of("abc", 0)).isEqualTo(new RecordedBody("", 3, true));
    }

    @Test
    void refusesANegativeLength() {
        assertThatIllegalArgumentException().isThrownBy(() -> new RecordedBody("", -1, false));
    }
}
