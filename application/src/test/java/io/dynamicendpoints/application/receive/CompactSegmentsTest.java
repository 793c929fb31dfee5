package io.dynamicendpoints.application.receive;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CompactSegmentsTest {

    @ParameterizedTest
    @ValueSource(strings = {"eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhIn0.QUI", "QQ.QUI._-8", "QQ..", "..", ""})
    void acceptsCanonicalUnpaddedBase64UrlSegments(String token) {
        assertThat(CompactSegments.areStrictBase64Url(token)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"eyJ=.e30.QUI", "QQ==.e30.QUI", "e30.e30.ab+c", "e30.e30.ab/c", "QR.e30.QUI", "QUJ.e30.e",
            "e30.e30.QUI ", "e30.e30.QUI\u00e9", "e30.e30.QU%I"})
    void refusesPaddingTheStandardAlphabetStrayBitsAndOtherCharacters(String token) {
        assertThat(CompactSegments.areStrictBase64Url(token)).isFalse();
    }
}
