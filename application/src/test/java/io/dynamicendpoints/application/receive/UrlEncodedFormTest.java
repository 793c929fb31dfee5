package io.dynamicendpoints.application.receive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a url-encoded form body is split and decoded, including what browsers and PHP forgive. */
class UrlEncodedFormTest {

    private static String read(String body) {
        List<String> pairs = new ArrayList<>();
        UrlEncodedForm.read(body.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, BodyLimits.DEFAULT_MAX_FORM_FIELDS,
                (name, value) -> pairs.add(name + "=" + value));
        return String.join("|", pairs);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', quoteCharacter = '"', value = {
            "a=1&b=2;a=1|b=2",
            "a=1&&b=2&;a=1|b=2",
            "flag&empty=;flag=|empty=",
            "=x;=x",
            "a+b=c+d;a b=c d",
            "plus=%2B&amp=%26&eq=%3D;plus=+|amp=&|eq==",
            "pct=100%&bad=%zz&short=%4;pct=100%|bad=%zz|short=%4",
            "name=%C3%BC%E2%82%AC;name=ü€",
            "raw=ü€;raw=ü€",
            "a=b=c;a=b=c"})
    void splitsAndDecodes(String body, String expected) {
        assertThat(read(body)).isEqualTo(expected);
    }

    /**
     * A charset the JDK can only decode cannot say how it writes '&' and '='; asking it threw an
     * UnsupportedOperationException (found while adding the fuzz tests).
     */
    @Test
    void readsAFormInACharsetThatCanOnlyDecode() {
        List<String> pairs = new ArrayList<>();
        UrlEncodedForm.read("a=1&b=%41".getBytes(StandardCharsets.US_ASCII), Charset.forName("x-JISAutoDetect"),
                BodyLimits.DEFAULT_MAX_FORM_FIELDS, (name, value) -> pairs.add(name + "=" + value));
        assertThat(pairs).containsExactly("a=1", "b=A");
    }
}
