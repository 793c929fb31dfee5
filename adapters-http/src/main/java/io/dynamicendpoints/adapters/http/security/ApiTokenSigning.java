package io.dynamicendpoints.adapters.http.security;

import com.nimbusds.jose.JWSAlgorithm;
import io.dynamicendpoints.application.user.LoadTokenSigningSecret;
import io.micronaut.context.annotation.Factory;
import io.micronaut.security.token.jwt.signature.secret.SecretSignature;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/**
 * Signs and verifies API access tokens (HS256) with the secret the platform generated on its first
 * start and keeps in the database, instead of a secret in configuration files.
 */
@Factory
final class ApiTokenSigning {

    @Singleton
    @Named("generator")
    SecretSignature apiTokenSignature(LoadTokenSigningSecret signingSecret) {
        SecretSignatureConfiguration configuration = new SecretSignatureConfiguration("generator");
        configuration.setSecret(signingSecret.load());
        configuration.setJwsAlgorithm(JWSAlgorithm.HS256);
        return new SecretSignature(configuration);
    }
}
