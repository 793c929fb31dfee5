package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.NonNull;
import io.micronaut.security.token.Claims;
import io.micronaut.security.token.jwt.generator.claims.JwtClaimsSetAdapter;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Singleton;

import java.text.ParseException;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads an API access token only when it has exactly the shape the platform issues: three segments of
 * strict base64url (no padding, no {@code +} or {@code /}, no stray bits), a header of {@code alg}
 * {@code HS256} and optionally {@code typ}, and nothing else. Everything another shape would open —
 * unsigned tokens, a switched or lower-case algorithm, keys named by the token ({@code jwk},
 * {@code jku}, {@code kid}), encrypted tokens — is refused here, before Micronaut Security looks at it,
 * and again by {@link ApiTokenSignature}.
 *
 * <p>Also why: Micronaut's signature validator keeps one cache entry per algorithm name it meets, so
 * tokens with ever new {@code alg} values would grow its memory without bound.
 */
@Singleton
@Replaces(JsonWebTokenParser.class)
final class StrictTokenParser implements JsonWebTokenParser<JWT> {

    /** Far above the ~400 bytes of a real token; a larger one is not parsed at all. */
    static final int MAX_LENGTH = 8 * 1024;

    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");
    private static final Set<String> HEADER_PARAMETERS = Set.of("alg", "typ");
    private static final Base64.Encoder CANONICAL = Base64.getUrlEncoder().withoutPadding();

    @Override
    public @NonNull Optional<JWT> parse(@NonNull String token) {
        if (token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] segments = token.split("\\.", -1);
        if (segments.length != 3) {
            return Optional.empty();
        }
        for (String segment : segments) {
            if (!isStrictBase64Url(segment)) {
                return Optional.empty();
            }
        }
        try {
            JWSHeader header = JWSHeader.parse(new Base64URL(segments[0]));
            boolean issuedShape = ApiTokenSignature.ALGORITHM.equals(header.getAlgorithm())
                    && HEADER_PARAMETERS.containsAll(header.getIncludedParams())
                    && (header.getType() == null || "JWT".equals(header.getType().getType()));
            if (!issuedShape) {
                return Optional.empty();
            }
            return Optional.of(SignedJWT.parse(token));
        } catch (ParseException | RuntimeException malformed) {
            return Optional.empty();
        }
    }

    @Override
    public @NonNull Optional<Claims> parseClaims(@NonNull String token) {
        return parse(token).flatMap(jwt -> {
            try {
                return Optional.of(new JwtClaimsSetAdapter(jwt.getJWTClaimsSet()));
            } catch (ParseException malformed) {
                return Optional.empty();
            }
        });
    }

    /**
     * Base64url as RFC 7515 writes it: the URL alphabet, no padding, and the one encoding of its bytes
     * (re-encoding gives the same text, so unused trailing bits are zero).
     */
    static boolean isStrictBase64Url(String segment) {
        if (segment.isEmpty() || segment.length() % 4 == 1 || !SEGMENT.matcher(segment).matches()) {
            return false;
        }
        try {
            return CANONICAL.encodeToString(Base64.getUrlDecoder().decode(segment)).equals(segment);
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
    }
}
