package io.dynamicendpoints.app;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;

/**
 * Tokens as callers make them. HMAC tokens are signed with the JDK's {@code Mac} directly (not
 * through the code under test, and without Nimbus's minimum key length), so short secrets such as
 * the documentation's {@code s1} can be used; the other kinds are built with Nimbus JOSE.
 */
final class Tokens {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static JWTClaimsSet.Builder claims(String issuer, long expiresInSeconds) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(expiresInSeconds)));
        return issuer == null ? claims : claims.issuer(issuer);
    }

    static String hmac(String algorithm, JWTClaimsSet claims, String secret) {
        String header = "{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}";
        String signingInput = encode(header) + "." + encode(claims.toString());
        return signingInput + "." + URL.encodeToString(mac(algorithm, signingInput, secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** The base64url HMAC of a signing input, for tokens whose header says what the test needs. */
    static String macOf(String algorithm, String signingInput, String secret) {
        return URL.encodeToString(mac(algorithm, signingInput, secret.getBytes(StandardCharsets.UTF_8)));
    }

    static String hs256(JWTClaimsSet claims, String secret) {
        return hmac("HS256", claims, secret);
    }

    static String rs256(JWTClaimsSet claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(pair.getPrivate()));
        return jwt.serialize();
    }

    /** The classic confusion: an HS256 token keyed with an RSA public key, as if the server used it as the secret. */
    static String hs256WithPublicKeyAsSecret(JWTClaimsSet claims) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        byte[] publicKey = generator.generateKeyPair().getPublic().getEncoded();
        String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + encode(claims.toString());
        return signingInput + "." + URL.encodeToString(mac("HS256", signingInput, publicKey));
    }

    static String unsigned(JWTClaimsSet claims) {
        return new PlainJWT(claims).serialize();
    }

    /** A valid token whose payload was changed after signing. */
    static String tampered(String token, JWTClaimsSet otherClaims) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(otherClaims.toString()) + "." + parts[2];
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] mac(String algorithm, String input, byte[] key) {
        String jdkName = switch (algorithm) {
            case "HS256" -> "HmacSHA256";
            case "HS384" -> "HmacSHA384";
            case "HS512" -> "HmacSHA512";
            default -> throw new IllegalArgumentException(algorithm);
        };
        try {
            Mac mac = Mac.getInstance(jdkName);
            mac.init(new SecretKeySpec(key, jdkName));
            return mac.doFinal(input.getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
