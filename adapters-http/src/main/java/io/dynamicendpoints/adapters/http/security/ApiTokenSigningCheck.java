package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.security.token.jwt.validator.JsonWebTokenParser;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * Refuses to start the platform unless API tokens are signed: with no signature configured, Micronaut
 * Security issues and accepts unsigned tokens, which made anyone an admin once. Before the server
 * listens, this signs a probe token, reads it back through the {@link JsonWebTokenParser} the API uses
 * and verifies it; any failure (no signature, a secret too short, the database unable to hand one
 * out, an algorithm the parser refuses) stops the start with one sentence saying why.
 */
@Singleton
final class ApiTokenSigningCheck implements ApplicationEventListener<StartupEvent> {

    private final SignatureGeneratorConfiguration generator;
    private final List<SignatureConfiguration> signatures;
    private final JsonWebTokenParser<JWT> parser;

    ApiTokenSigningCheck(@Nullable @Named("generator") SignatureGeneratorConfiguration generator,
                         List<SignatureConfiguration> signatures, JsonWebTokenParser<JWT> parser) {
        this.generator = generator;
        this.signatures = signatures;
        this.parser = parser;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        check();
    }

    /** @throws UnsignedTokensException when API tokens would not be signed and verified */
    void check() {
        if (generator == null || signatures.isEmpty()) {
            throw new UnsignedTokensException("no signature is configured for API tokens");
        }
        try {
            SignedJWT probe = generator.sign(new JWTClaimsSet.Builder().subject("signing-check")
                    .expirationTime(new Date(System.currentTimeMillis() + 60_000)).build());
            Optional<JWT> read = parser.parse(probe.serialize());
            if (read.isEmpty() || !(read.get() instanceof SignedJWT signed) || !generator.verify(signed)) {
                throw new UnsignedTokensException("a token the platform signs (" + probe.getHeader().getAlgorithm()
                        + ") is not one it accepts; API tokens must be HS256");
            }
        } catch (JOSEException e) {
            throw new UnsignedTokensException("API tokens cannot be signed: " + e.getMessage());
        }
    }

    /** API tokens would be unsigned or unverifiable: the platform must not start. */
    static final class UnsignedTokensException extends IllegalStateException {

        UnsignedTokensException(String reason) {
            super("Refusing to start: " + reason);
        }
    }
}
