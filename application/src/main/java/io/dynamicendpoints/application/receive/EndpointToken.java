package io.dynamicendpoints.application.receive;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;

/**
 * A token the platform signs itself for one of its endpoints, as a trusted caller would: HS256,
 * {@code iss} = the endpoint key, signed with the endpoint secret, short-lived. Used where an admin
 * acts in the caller's place (a replay, the console's test panel and its curl command), never to
 * hand out long-lived credentials.
 */
public final class EndpointToken {

    private EndpointToken() {
    }

    /**
     * @param lifetime how long the token should live; shortened to the endpoint's maximum token
     *                 lifetime, so the listener accepts it
     * @param data     the {@code data} claim, when the caller's token had one
     */
    public static String sign(PublishedEndpoint endpoint, Instant now, Duration lifetime, Optional<Object> data) {
        Duration accepted = endpoint.workflow().listener().jwt().maxTokenLifetime()
                .filter(max -> max.compareTo(lifetime) < 0)
                .orElse(lifetime);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(endpoint.endpointKey().render(Map.of()))
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(accepted)));
        data.ifPresent(value -> claims.claim("data", value));
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims.build());
        try {
            jwt.sign(new MACSigner(JwtVerification.hmacKey(endpoint.endpointSecret().render(Map.of()))));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign a token for the endpoint", e);
        }
        return jwt.serialize();
    }
}
