package io.dynamicendpoints.adapters.http.security;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the API token parser, which sees every bearer token before Micronaut Security does: it must
 * answer empty or a signed JWT of the issued shape, and never throw.
 */
class StrictTokenParserFuzzTest {

    private final StrictTokenParser parser = new StrictTokenParser();

    @FuzzTest(maxDuration = "10m")
    void parse(byte[] data) {
        String token = new String(data, StandardCharsets.UTF_8);
        parser.parse(token).ifPresent(jwt -> {
            assertThat(jwt).isInstanceOf(SignedJWT.class);
            assertThat(((SignedJWT) jwt).getHeader().getAlgorithm().getName()).isEqualTo("HS256");
        });
        parser.parseClaims(token);
    }
}
