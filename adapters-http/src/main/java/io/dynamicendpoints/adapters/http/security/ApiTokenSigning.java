package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JOSEException;
import io.dynamicendpoints.application.user.LoadTokenSigningSecret;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * The signature of API access tokens, with the secret the platform generated on its first start and
 * keeps in the database (or the one an operator configured), instead of a secret in configuration files.
 *
 * <p>Why the return type is {@link SignatureGeneratorConfiguration}, not Micronaut's
 * {@code SecretSignature}: a factory method inherits the bean annotations of the class it returns, and
 * {@code SecretSignature} is an {@code @EachBean} over configured secrets. With none configured, no bean
 * was made at all, and Micronaut Security then issued and accepted unsigned tokens.
 * {@link ApiTokenSigningCheck} refuses to start without a signature, so that cannot come back unseen.
 *
 * <p>When an operator sets Micronaut's own key ({@value #MICRONAUT_SECRET}), Micronaut makes the
 * signature itself and this one steps aside.
 */
@Factory
final class ApiTokenSigning {

    static final String MICRONAUT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    @Singleton
    @Named("generator")
    @Requires(missingProperty = MICRONAUT_SECRET)
    SignatureGeneratorConfiguration apiTokenSignature(LoadTokenSigningSecret signingSecret) throws JOSEException {
        return new ApiTokenSignature(signingSecret.load());
    }
}
