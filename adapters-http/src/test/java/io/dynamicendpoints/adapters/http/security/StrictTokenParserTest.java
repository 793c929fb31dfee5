package io.dynamicendpoints.adapters.http.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class StrictTokenParserTest {

    private final StrictTokenParser parser = new StrictTokenParser();

    @ParameterizedTest
    @ValueSource(strings = {"", "eyJ=", "ey+J", "ey/J", "e", "eyJhbGciOiJIUzI1NiJ9=", "a b", "QR"})
    void refusesAnythingButCanonicalUnpaddedBase64Url(String segment) {
        assertThat(StrictTokenParser.isStrictBase64Url(segment)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJIUzI1NiJ9", "QQ", "QUI", "_-8"})
    void acceptsCanonicalBase64Url(String segment) {
        assertThat(StrictTokenParser.isStrictBase64Url(segment)).isTrue();
    }

    @Test
    void readsOnlyTheShapeThePlatformIssues() {
        String payload = "eyJzdWIiOiJhZG1pbiJ9";
        String signature = "c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLTMyLWxvbmch";

        assertThat(parser.parse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9." + payload + "." + signature)).isPresent();
        assertThat(parser.parse("eyJhbGciOiJIUzI1NiJ9." + payload + "." + signature)).isPresent();
        // alg none, alg hs256, HS512, a kid, typ JOSE+JSON
        assertThat(parser.parse("eyJhbGciOiJub25lIn0." + payload + ".")).isEmpty();
        assertThat(parser.parse("eyJhbGciOiJoczI1NiJ9." + payload + "." + signature)).isEmpty();
        assertThat(parser.parse("eyJhbGciOiJIUzUxMiJ9." + payload + "." + signature)).isEmpty();
        assertThat(parser.parse("eyJhbGciOiJIUzI1NiIsImtpZCI6IjEifQ." + payload + "." + signature)).isEmpty();
        assertThat(parser.parse("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpPU0UrSlNPTiJ9." + payload + "." + signature)).isEmpty();
    }
}
