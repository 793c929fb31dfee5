package io.dynamicendpoints.application.template;

import com.nimbusds.jose.JWSAlgorithm;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code jwtEncode} and {@code jwtDecode} share: the HMAC algorithms and the key made from a
 * secret. The key is the secret's UTF-8 bytes zero-padded to 64 bytes, as for endpoint JWTs
 * ({@code JwtVerification}): RFC 2104 pads short keys with zeros anyway, so the MAC is the standard
 * one, and Nimbus's minimum key length no longer refuses the short secrets people use.
 */
final class JwtKeys {

    static final Map<String, JWSAlgorithm> ALGORITHMS = Map.of(
            "HS256", JWSAlgorithm.HS256, "HS384", JWSAlgorithm.HS384, "HS512", JWSAlgorithm.HS512);
    private static final int PADDED_KEY_LENGTH = 64;

    private JwtKeys() {
    }

    static JWSAlgorithm algorithm(String name) {
        JWSAlgorithm algorithm = ALGORITHMS.get(name.toUpperCase(Locale.ROOT));
        if (algorithm == null) {
            throw new IllegalArgumentException("the algorithm is HS256, HS384 or HS512");
        }
        return algorithm;
    }

    static byte[] key(String secret) {
        if (secret.isEmpty()) {
            throw new IllegalArgumentException("needs a secret: an empty one would let anyone sign");
        }
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        return bytes.length >= PADDED_KEY_LENGTH ? bytes : Arrays.copyOf(bytes, PADDED_KEY_LENGTH);
    }
}
