package io.dynamicendpoints.application.receive;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.dynamicendpoints.domain.listener.JwtRequirement;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Verifies the JWT a caller presents to an endpoint with authentication on: HMAC only (HS256, HS384,
 * HS512), signed with the endpoint secret, issued by the endpoint key, in date with 60 seconds of
 * leeway. The cryptography is Nimbus JOSE's; this class only decides which rules apply.
 */
public final class JwtVerification {

    public static final Duration LEEWAY = Duration.ofSeconds(60);
    /** Far above any honest token; a bound so that a hostile header cannot make us parse megabytes. */
    static final int MAX_TOKEN_LENGTH = 8 * 1024;
    private static final Set<JWSAlgorithm> HMAC = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);
    /** HMAC's block size for SHA-256; see {@link #hmacKey(String)}. */
    private static final int PADDED_KEY_LENGTH = 64;

    /**
     * @param key    the resolved {@code endpoint_key}
     * @param secret the resolved {@code endpoint_secret}
     */
    public JwtOutcome verify(IncomingRequest request, JwtRequirement requirement, String key, String secret,
                             Instant now) {
        if (!requirement.enabled()) {
            return new JwtOutcome.NotRequired();
        }
        Optional<String> presented = token(request);
        if (presented.isEmpty()) {
            return new JwtOutcome.Missing();
        }
        String token = presented.get();
        if (token.length() > MAX_TOKEN_LENGTH) {
            return rejected("malformed", "The token is longer than " + MAX_TOKEN_LENGTH + " characters");
        }
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            return rejected("malformed", "The token is not a JWT");
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return rejected("algorithm", "Unsigned and encrypted tokens are not accepted; sign with HS256, HS384 or HS512");
        }
        if (!HMAC.contains(signed.getHeader().getAlgorithm())) {
            return rejected("algorithm", "Only HS256, HS384 and HS512 are accepted");
        }
        if (secret.isEmpty() || key.isEmpty()) {
            // Fail closed: an empty resolved secret would let anyone sign.
            return rejected("signature", "The endpoint has no usable secret");
        }
        JWTClaimsSet claims;
        try {
            claims = signed.getJWTClaimsSet();
        } catch (ParseException e) {
            return rejected("malformed", "The token's claims are not a JSON object");
        }
        try {
            if (!signed.verify(new MACVerifier(hmacKey(secret)))) {
                return rejected("signature", "The signature does not match the endpoint secret");
            }
        } catch (JOSEException e) {
            return rejected("signature", "The signature cannot be checked");
        }
        if (!key.equals(claims.getIssuer())) {
            return rejected("issuer", "The token's iss does not match the endpoint key");
        }
        return timeRules(claims, requirement, now)
                .orElseGet(() -> new JwtOutcome.Verified(Optional.ofNullable(claims.getClaim("data"))));
    }

    private static Optional<JwtOutcome> timeRules(JWTClaimsSet claims, JwtRequirement requirement, Instant now) {
        Date exp = claims.getExpirationTime();
        Date nbf = claims.getNotBeforeTime();
        Date iat = claims.getIssueTime();
        if (exp == null && requirement.requireExp()) {
            return Optional.of(rejected("expired", "The token has no exp claim, which this endpoint requires"));
        }
        if (exp != null && !now.minus(LEEWAY).isBefore(exp.toInstant())) {
            return Optional.of(rejected("expired", "The token has expired"));
        }
        if (nbf != null && nbf.toInstant().isAfter(now.plus(LEEWAY))) {
            return Optional.of(rejected("not_yet_valid", "The token is not valid yet (nbf)"));
        }
        if (iat != null && iat.toInstant().isAfter(now.plus(LEEWAY))) {
            return Optional.of(rejected("issued_in_future", "The token's iat lies in the future"));
        }
        if (requirement.maxTokenLifetime().isPresent()) {
            Duration max = requirement.maxTokenLifetime().get();
            if (exp == null || iat == null
                    || Duration.between(iat.toInstant(), exp.toInstant()).compareTo(max) > 0) {
                return Optional.of(rejected("expired", "The token must carry iat and exp at most "
                        + max.toSeconds() + " seconds apart"));
            }
        }
        return Optional.empty();
    }

    /** {@code Authorization: Bearer <token>} first (scheme case-insensitive), then the {@code token} header. */
    public static Optional<String> token(IncomingRequest request) {
        Optional<String> bearer = request.header("authorization")
                .map(String::strip)
                .filter(value -> value.length() > 7 && value.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer "))
                .map(value -> value.substring(7).strip())
                .filter(value -> !value.isEmpty());
        if (bearer.isPresent()) {
            return bearer;
        }
        return request.header("token").map(String::strip).filter(value -> !value.isEmpty());
    }

    /**
     * The secret's UTF-8 bytes, zero-padded to 64 bytes when shorter. RFC 2104 §2 pads every key
     * shorter than the hash's block (64 bytes for SHA-256, 128 for SHA-384/512) with zeros, so the MAC
     * is unchanged; it only satisfies Nimbus's minimum key length, which would otherwise refuse the
     * short secrets the product allows (its documentation's own examples use two characters).
     */
    public static byte[] hmacKey(String secret) {
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return bytes.length >= PADDED_KEY_LENGTH ? bytes : Arrays.copyOf(bytes, PADDED_KEY_LENGTH);
    }

    private static JwtOutcome.Rejected rejected(String reason, String message) {
        return new JwtOutcome.Rejected(reason, message);
    }
}
