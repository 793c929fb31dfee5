package io.dynamicendpoints.application.template;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.MACVerifier;

import java.math.BigDecimal;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code jwtDecode(token, secret)}: the claims of a JWT, only after its HMAC signature (HS256, HS384
 * or HS512) checks out with {@code secret} and its {@code exp}/{@code nbf} hold, with 60 seconds of
 * leeway, on the platform's clock: {@code jwtDecode(__data.token, "s3cret").sub}. A missing, malformed,
 * forged or expired token gives nothing — never claims that were not verified.
 */
final class JwtDecode extends ScriptFunction {

    private static final Duration LEEWAY = Duration.ofSeconds(60);

    private final Clock clock;

    JwtDecode(Clock clock) {
        super("jwtDecode");
        this.clock = clock;
    }

    @Override
    Object call(Arguments arguments) {
        byte[] key = JwtKeys.key(TemplateValues.text(arguments.required(1, "the secret to verify the token with")));
        if (!arguments.has(0)) {
            return null;
        }
        try {
            JWSObject token = JWSObject.parse(TemplateValues.text(arguments.value(0)).strip());
            if (!JwtKeys.ALGORITHMS.containsValue(token.getHeader().getAlgorithm())
                    || !token.verify(new MACVerifier(key))) {
                return null;
            }
            Object claims = JsonDecode.decode(token.getPayload().toString());
            if (!(claims instanceof Map<?, ?> map) || !inDate(map)) {
                return null;
            }
            return map;
        } catch (ParseException | JOSEException | IllegalStateException notAToken) {
            return null;
        }
    }

    private boolean inDate(Map<?, ?> claims) {
        long now = clock.instant().getEpochSecond();
        Optional<BigDecimal> exp = TemplateValues.number(claims.get("exp"));
        Optional<BigDecimal> nbf = TemplateValues.number(claims.get("nbf"));
        return (exp.isEmpty() || exp.get().longValue() + LEEWAY.toSeconds() > now)
                && (nbf.isEmpty() || nbf.get().longValue() - LEEWAY.toSeconds() <= now);
    }
}
