package io.dynamicendpoints.application.requestlog;

import com.nimbusds.jwt.SignedJWT;

import java.text.ParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The {@code data} claim of tokens the listener already verified, read once per distinct payload. A
 * caller sends the same token until it expires, and parsing it again for every logged request (a
 * Base64 decode and two JSON parses) was the log's largest cost on a JWT endpoint. Keyed by the
 * payload segment, which without its signature is no credential; values are frozen copies, since
 * one is shared by every entry of that token.
 */
final class TokenDataClaims {

    /** Beyond this many distinct payloads the cache is emptied and fills again: memory stays bounded. */
    static final int LIMIT = 512;

    private final Map<String, Optional<Object>> byPayload = new ConcurrentHashMap<>();

    /** The claim of a verified compact JWS, or empty when it has none (or, never after verification, does not parse). */
    Optional<Object> of(String token) {
        int first = token.indexOf('.');
        int second = first < 0 ? -1 : token.indexOf('.', first + 1);
        if (second < 0) {
            return Optional.empty();
        }
        String payload = token.substring(first + 1, second);
        Optional<Object> known = byPayload.get(payload);
        if (known != null) {
            return known;
        }
        Optional<Object> data = parse(token);
        if (byPayload.size() >= LIMIT) {
            byPayload.clear();
        }
        byPayload.put(payload, data);
        return data;
    }

    private static Optional<Object> parse(String token) {
        try {
            return Optional.ofNullable(frozen(SignedJWT.parse(token).getJWTClaimsSet().getClaim("data")));
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    /** A deep, unmodifiable copy of a JSON value (maps keep their order; nulls stay). */
    private static Object frozen(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((key, item) -> copy.put(String.valueOf(key), frozen(item)));
            return Collections.unmodifiableMap(copy);
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            list.forEach(item -> copy.add(frozen(item)));
            return Collections.unmodifiableList(copy);
        }
        return value;
    }
}
