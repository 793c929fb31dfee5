package io.dynamicendpoints.application.requestlog;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenDataClaimsTest {

    private static final String SECRET = "a-secret-of-at-least-thirty-two-bytes!";

    private final TokenDataClaims claims = new TokenDataClaims();

    @Test
    void readsTheDataClaimOfAToken() throws JOSEException {
        String token = token(Map.of("plan", "gold", "seats", List.of(1, 2)));

        assertThat(claims.of(token)).contains(Map.of("plan", "gold", "seats", List.of(1L, 2L)));
    }

    @Test
    void isEmptyForATokenWithoutDataOrNotAToken() throws JOSEException {
        assertThat(claims.of(token(null))).isEmpty();
        assertThat(claims.of("not-a-token")).isEmpty();
    }

    @Test
    void givesTheSameFrozenClaimForEveryRequestWithTheSameToken() throws JOSEException {
        String token = token(Map.of("plan", "gold"));

        Optional<Object> first = claims.of(token);
        Optional<Object> again = claims.of(token);

        assertThat(again.orElseThrow()).isSameAs(first.orElseThrow());
        @SuppressWarnings("unchecked")
        Map<String, Object> data = (Map<String, Object>) first.orElseThrow();
        assertThatThrownBy(() -> data.put("plan", "free")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void keepsAnsweringWhenMoreDistinctTokensArriveThanItKeeps() throws JOSEException {
        for (int i = 0; i < TokenDataClaims.LIMIT + 10; i++) {
            assertThat(claims.of(token(Map.of("n", i)))).contains(Map.of("n", (long) i));
        }
    }

    private static String token(Object data) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer("key");
        if (data != null) {
            claims.claim("data", data);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        jwt.sign(new MACSigner(SECRET));
        return jwt.serialize();
    }
}
