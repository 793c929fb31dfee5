package io.dynamicendpoints.application.receive;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import io.dynamicendpoints.domain.listener.JwtRequirement;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Verifies the JWT a caller presents to an endpoint with authentication on: HMAC only (HS256, HS384,
 * HS512), signed with the endpoint secret, issued by the endpoint key, in date with 60 seconds of
 * leeway. Nimbus JOSE parses headers and claims; this class decides which rules apply.
 *
 * <p>Two paths give the same answers. The <em>full path</em> hands the token to Nimbus
 * ({@code JWTParser}, {@code MACVerifier}). The <em>fast path</em>, taken for the usual token (three
 * strict base64url segments whose header an earlier request already proved to be a plain HMAC header),
 * skips what repeats from request to request: the header is looked up instead of decoded and parsed,
 * the claims of a recently seen payload are reused (parsing is a pure function of the segment; the
 * signature is still checked on every request), and the HMAC runs on a {@link Mac} kept per thread
 * instead of one looked up from the JCA providers each time. Anything unusual goes the full path.
 */
public final class JwtVerification {

    public static final Duration LEEWAY = Duration.ofSeconds(60);
    /** Far above any honest token; a bound so that a hostile header cannot make us parse megabytes. */
    static final int MAX_TOKEN_LENGTH = 8 * 1024;
    private static final Set<JWSAlgorithm> HMAC = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);
    /** HMAC's block size for SHA-256; see {@link #hmacKey(String)}. */
    private static final int PADDED_KEY_LENGTH = 64;
    /**
     * Bounds both caches: beyond it a cache is emptied and fills again, so a flood of distinct
     * tokens costs the full path, never memory (at most this many payloads of at most 8 KB).
     */
    static final int CACHE_LIMIT = 512;
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    /** Header segment → its algorithm, for headers Nimbus accepted as HMAC JWS headers without {@code crit}. */
    private final Map<String, JWSAlgorithm> knownHeaders = new ConcurrentHashMap<>();
    /** Payload segment → its parsed claims, only for claims whose {@code data} is immutable ({@link #shareable}). */
    private final Map<String, JWTClaimsSet> knownClaims = new ConcurrentHashMap<>();
    /** One prepared MAC per thread, re-keyed only when the secret or the algorithm changes. */
    private final ThreadLocal<PreparedMac> macs = new ThreadLocal<>();

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
        if (!CompactSegments.areStrictBase64Url(token)) {
            return notStrictBase64Url();
        }
        Segments segments = Segments.of(token);
        JWSAlgorithm algorithm = segments == null ? null : knownHeaders.get(segments.header());
        if (algorithm == null) {
            return verifyWithNimbus(token, requirement, key, secret, now);
        }
        byte[] signature = segments.signature();
        if (signature == null) {
            return verifyWithNimbus(token, requirement, key, secret, now);
        }
        // From here the order of the checks is the full path's, so a bad token gets the same reason.
        if (secret.isEmpty() || key.isEmpty()) {
            return rejected("signature", "The endpoint has no usable secret");
        }
        JWTClaimsSet claims = knownClaims.get(segments.payload());
        if (claims == null) {
            byte[] payload = decode(segments.payload());
            if (payload == null) {
                return verifyWithNimbus(token, requirement, key, secret, now);
            }
            try {
                claims = JWTClaimsSet.parse(new String(payload, StandardCharsets.UTF_8));
            } catch (ParseException e) {
                return rejected("malformed", "The token's claims are not a JSON object");
            }
            if (shareable(claims)) {
                remember(knownClaims, segments.payload(), claims);
            }
        }
        byte[] expected = mac(algorithm, secret).doFinal(segments.signingInput());
        if (!MessageDigest.isEqual(expected, signature)) { // constant time
            return rejected("signature", "The signature does not match the endpoint secret");
        }
        return checkClaims(claims, requirement, key, now);
    }

    private static JwtOutcome notStrictBase64Url() {
        return rejected("malformed", "The token is not written in base64url without padding");
    }

    /** The full path: every step through Nimbus. Also what teaches the fast path a header. */
    JwtOutcome verifyWithNimbus(String token, JwtRequirement requirement, String key, String secret, Instant now) {
        if (!CompactSegments.areStrictBase64Url(token)) {
            return notStrictBase64Url();
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
        JWSHeader header = signed.getHeader();
        if (!HMAC.contains(header.getAlgorithm())) {
            return rejected("algorithm", "Only HS256, HS384 and HS512 are accepted");
        }
        if (plainHmacHeader(header)) {
            remember(knownHeaders, signed.getParsedParts()[0].toString(), header.getAlgorithm());
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
        return checkClaims(claims, requirement, key, now);
    }

    private static JwtOutcome checkClaims(JWTClaimsSet claims, JwtRequirement requirement, String key, Instant now) {
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

    /**
     * A header the fast path may take on trust: no {@code crit} (which {@link MACVerifier} refuses) and
     * the ordinary base64url payload (no RFC 7797 {@code b64: false}, which changes the signing input).
     */
    private static boolean plainHmacHeader(JWSHeader header) {
        return (header.getCriticalParams() == null || header.getCriticalParams().isEmpty())
                && header.isBase64URLEncodePayload();
    }

    /**
     * Claims are shared between requests only when the one claim that reaches the workflow,
     * {@code data}, is immutable: {@code JWTClaimsSet} itself is, but a map or list in {@code data}
     * becomes part of the request's {@code __data}, and each request must get its own.
     */
    static boolean shareable(JWTClaimsSet claims) {
        Object data = claims.getClaim("data");
        return data == null || data instanceof String || data instanceof Number || data instanceof Boolean;
    }

    private static <V> void remember(Map<String, V> cache, String segment, V value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(segment, value);
    }

    private Mac mac(JWSAlgorithm algorithm, String secret) {
        PreparedMac prepared = macs.get();
        if (prepared == null || !prepared.algorithm().equals(algorithm) || !prepared.secret().equals(secret)) {
            prepared = PreparedMac.of(algorithm, secret);
            macs.set(prepared);
        }
        return prepared.mac();
    }

    /** A MAC keyed with one secret; {@code doFinal} leaves it keyed, ready for the next token. */
    private record PreparedMac(JWSAlgorithm algorithm, String secret, Mac mac) {

        static PreparedMac of(JWSAlgorithm algorithm, String secret) {
            String jca = switch (algorithm.getName()) {
                case "HS256" -> "HmacSHA256";
                case "HS384" -> "HmacSHA384";
                case "HS512" -> "HmacSHA512";
                default -> throw new IllegalArgumentException("not an HMAC algorithm: " + algorithm);
            };
            try {
                Mac mac = Mac.getInstance(jca);
                mac.init(new SecretKeySpec(hmacKey(secret), jca));
                return new PreparedMac(algorithm, secret, mac);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("The JDK has no " + jca, e);
            }
        }
    }

    /** The three segments of a compact JWS, or null when the token has another shape. */
    private record Segments(String token, int firstDot, int secondDot) {

        static Segments of(String token) {
            int first = token.indexOf('.');
            int second = first < 0 ? -1 : token.indexOf('.', first + 1);
            if (first <= 0 || second <= first + 1 || second == token.length() - 1 || token.indexOf('.', second + 1) >= 0) {
                return null;
            }
            return new Segments(token, first, second);
        }

        String header() {
            return token.substring(0, firstDot);
        }

        String payload() {
            return token.substring(firstDot + 1, secondDot);
        }

        byte[] signingInput() {
            return token.substring(0, secondDot).getBytes(StandardCharsets.US_ASCII);
        }

        /** The decoded signature, or null when it is not strict base64url (the full path then decides). */
        byte[] signature() {
            return decode(token.substring(secondDot + 1));
        }
    }

    /** Strict base64url (the JDK's decoder refuses what Nimbus's lenient one would bend), or null. */
    private static byte[] decode(String segment) {
        try {
            return BASE64URL.decode(segment);
        } catch (IllegalArgumentException notStrict) {
            return null;
        }
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
