package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApiTokenSigningCheckTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void passesWithTheHs256Signature() throws Exception {
        ApiTokenSignature signature = new ApiTokenSignature(SECRET);

        assertThatCode(() -> new ApiTokenSigningCheck(signature, List.of(signature), new StrictTokenParser()).check())
                .doesNotThrowAnyException();
    }

    @Test
    void refusesToStartWithoutASignature() {
        assertThatThrownBy(() -> new ApiTokenSigningCheck(null, List.of(), new StrictTokenParser()).check())
                .isInstanceOf(ApiTokenSigningCheck.UnsignedTokensException.class)
                .hasMessageContaining("no signature");
    }

    @Test
    void refusesToStartWhenTheSignatureMakesTokensTheParserRefuses() throws Exception {
        SignatureGeneratorConfiguration hs512 = new HmacSignature(JWSAlgorithm.HS512);

        assertThatThrownBy(() -> new ApiTokenSigningCheck(hs512, List.of(hs512), new StrictTokenParser()).check())
                .isInstanceOf(ApiTokenSigningCheck.UnsignedTokensException.class)
                .hasMessageContaining("HS256");
    }

    @Test
    void refusesAKeyShorterThan256Bits() {
        assertThatThrownBy(() -> new ApiTokenSignature("short")).hasMessageContaining("256");
    }

    /** A signature with another HMAC algorithm, as Micronaut's own would be if configured with HS512. */
    private record HmacSignature(JWSAlgorithm algorithm) implements SignatureGeneratorConfiguration {

        @Override
        public SignedJWT sign(JWTClaimsSet claims) throws com.nimbusds.jose.JOSEException {
            SignedJWT token = new SignedJWT(new JWSHeader(algorithm), claims);
            token.sign(new MACSigner((SECRET + SECRET).getBytes()));
            return token;
        }

        @Override
        public String supportedAlgorithmsMessage() {
            return algorithm.getName();
        }

        @Override
        public boolean supports(JWSAlgorithm candidate) {
            return algorithm.equals(candidate);
        }

        @Override
        public boolean verify(SignedJWT jwt) {
            return true;
        }
    }
}
