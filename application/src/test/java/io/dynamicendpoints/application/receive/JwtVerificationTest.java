package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier's fast path (a header seen before, claims reused, a MAC kept per thread) answers every
 * token exactly as the full Nimbus path does, including the reason of a refusal, on the first request
 * and on every repeat.
 */
class JwtVerificationTest {

    private static final String KEY = "orders-key";
    private static final String SECRET = "s3";
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final long EXP = NOW.getEpochSecond() + 600;
    private static final JwtRequirement REQUIRED = new JwtRequirement(true, KEY, new EndpointSecret(SECRET));
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final JwtVerification verification = new JwtVerification();

    @Test
    void answersEveryTokenAsTheFullPathDoesOnFirstAndRepeatedRequests() {
        String hs256 = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + "}";
        List<String> tokens = List.of(
                sign(hs256, claims, "HmacSHA256", SECRET),
                sign("{\"alg\":\"HS384\"}", claims, "HmacSHA384", SECRET),
                sign("{\"alg\":\"HS512\"}", claims, "HmacSHA512", SECRET),
                sign(hs256, claims, "HmacSHA256", "wrong secret"),
                tamperPayload(sign(hs256, claims, "HmacSHA256", SECRET), "{\"iss\":\"" + KEY + "\",\"exp\":" + (EXP + 1) + "}"),
                sign(hs256, "{\"iss\":\"someone-else\",\"exp\":" + EXP + "}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\"}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + (NOW.getEpochSecond() - 61) + "}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + (NOW.getEpochSecond() - 59) + "}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + ",\"nbf\":" + (NOW.getEpochSecond() + 61) + "}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + ",\"iat\":" + (NOW.getEpochSecond() + 61) + "}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":\"tomorrow\"}", "HmacSHA256", SECRET),
                sign(hs256, "[1, 2]", "HmacSHA256", SECRET),
                sign(hs256, "not json", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + ",\"data\":{\"plan\":\"gold\"}}", "HmacSHA256", SECRET),
                sign(hs256, "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + ",\"data\":\"gold\"}", "HmacSHA256", SECRET),
                sign("{\"alg\":\"HS256\",\"crit\":[\"exp\"]}", claims, "HmacSHA256", SECRET),
                sign("{\"alg\":\"HS256\",\"b64\":false,\"crit\":[\"b64\"]}", claims, "HmacSHA256", SECRET),
                sign("{\"alg\":\"RS256\"}", claims, "HmacSHA256", SECRET),
                segment("{\"alg\":\"none\"}") + "." + segment(claims) + ".",
                segment("{\"typ\":\"JWT\"}") + "." + segment(claims) + ".c2ln",
                sign(hs256, claims, "HmacSHA256", SECRET) + ".extra",
                sign(hs256, claims, "HmacSHA256", SECRET).replace('-', '+').replace('_', '/'),
                sign(hs256, claims, "HmacSHA256", SECRET) + "==",
                "not-a-token",
                "a..b",
                "..");
        for (String token : tokens) {
            JwtOutcome expected = verification.verifyWithNimbus(token, REQUIRED, KEY, SECRET, NOW);
            for (int request = 1; request <= 3; request++) {
                assertThat(verify(token, REQUIRED, KEY, SECRET)).as("request %d with %s", request, token)
                        .usingRecursiveComparison().isEqualTo(expected);
            }
        }
    }

    @Test
    void refusesLenientBase64AsMalformedOnBothPaths() {
        String valid = sign("{\"alg\":\"HS256\"}", "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + "}", "HmacSHA256", SECRET);
        assertThat(verify(valid, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class); // the header is known now

        for (String lenient : List.of(valid + "=", valid + "==", valid.replaceFirst("\\.", "=.") )) {
            assertThat(verify(lenient, REQUIRED, KEY, SECRET)).as(lenient)
                    .isEqualTo(new JwtOutcome.Rejected("malformed", "The token is not written in base64url without padding"));
            assertThat(verification.verifyWithNimbus(lenient, REQUIRED, KEY, SECRET, NOW)).as(lenient)
                    .isEqualTo(new JwtOutcome.Rejected("malformed", "The token is not written in base64url without padding"));
        }
    }

    @Test
    void acceptsAValidTokenAgainAndAgain() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + "}", "HmacSHA256", SECRET);

        for (int request = 0; request < 3; request++) {
            assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);
        }
    }

    @Test
    void refusesAKnownTokenOnceTheSecretIsRotated() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + "}", "HmacSHA256", SECRET);
        assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);
        assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);

        assertThat(verify(token, REQUIRED, KEY, "rotated")).isEqualTo(new JwtOutcome.Rejected("signature",
                "The signature does not match the endpoint secret"));
        assertThat(verify(token, REQUIRED, KEY, "")).isEqualTo(new JwtOutcome.Rejected("signature",
                "The endpoint has no usable secret"));
    }

    @Test
    void appliesTheTimeRulesOnEveryRequestOfAKnownToken() {
        String token = sign("{\"alg\":\"HS256\"}", "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + "}", "HmacSHA256", SECRET);
        assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);

        assertThat(verification.verify(request(token), REQUIRED, KEY, SECRET, NOW.plusSeconds(661)))
                .isEqualTo(new JwtOutcome.Rejected("expired", "The token has expired"));
        JwtRequirement capped = new JwtRequirement(true, KEY, new EndpointSecret(SECRET), true,
                Optional.of(Duration.ofMinutes(5)));
        assertThat(verify(token, capped, KEY, SECRET)).isInstanceOf(JwtOutcome.Rejected.class)
                .extracting("reason").isEqualTo("expired");
    }

    @Test
    @SuppressWarnings("unchecked")
    void givesEachRequestItsOwnDataClaim() {
        String token = sign("{\"alg\":\"HS256\"}",
                "{\"iss\":\"" + KEY + "\",\"exp\":" + EXP + ",\"data\":{\"plan\":\"gold\"}}", "HmacSHA256", SECRET);
        JwtOutcome.Verified first = (JwtOutcome.Verified) verify(token, REQUIRED, KEY, SECRET);
        ((Map<String, Object>) first.data().orElseThrow()).put("plan", "changed by a workflow");

        JwtOutcome.Verified second = (JwtOutcome.Verified) verify(token, REQUIRED, KEY, SECRET);

        assertThat((Map<String, Object>) second.data().orElseThrow()).containsEntry("plan", "gold");
    }

    @Test
    void staysCorrectWhenManyDistinctTokensOverflowTheCaches() {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < JwtVerification.CACHE_LIMIT + 10; i++) {
            tokens.add(sign("{\"alg\":\"HS256\",\"kid\":\"" + i + "\"}",
                    "{\"iss\":\"" + KEY + "\",\"exp\":" + (EXP + i) + "}", "HmacSHA256", SECRET));
        }
        for (String token : tokens) {
            assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);
        }
        for (String token : tokens) {
            assertThat(verify(token, REQUIRED, KEY, SECRET)).isInstanceOf(JwtOutcome.Verified.class);
            assertThat(verify(token, REQUIRED, KEY, "other")).isInstanceOf(JwtOutcome.Rejected.class);
        }
    }

    private JwtOutcome verify(String token, JwtRequirement requirement, String key, String secret) {
        return verification.verify(request(token), requirement, key, secret, NOW);
    }

    private static IncomingRequest request(String token) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        headers.put("authorization", List.of("Bearer " + token));
        return new IncomingRequest("POST", "a", "b", Map.of(), headers, new byte[0]);
    }

    private static String segment(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String sign(String header, String claims, String algorithm, String secret) {
        String input = segment(header) + "." + segment(claims);
        try {
            Mac mac = Mac.getInstance(algorithm);
            mac.init(new SecretKeySpec(JwtVerification.hmacKey(secret), algorithm));
            return input + "." + BASE64URL.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String tamperPayload(String token, String claims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + segment(claims) + "." + parts[2];
    }
}
