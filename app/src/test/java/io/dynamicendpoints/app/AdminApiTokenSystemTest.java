package io.dynamicendpoints.app;

import io.dynamicendpoints.application.user.LoadTokenSigningSecret;
import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.security.token.jwt.signature.SignatureConfiguration;
import io.micronaut.security.token.jwt.signature.SignatureGeneratorConfiguration;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin API's token attacks in-process, with the secret the platform generated on its first start
 * and keeps in the database (the default installation).
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.token.secret", value = "")
class AdminApiTokenSystemTest extends AdminApiTokenBattery {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;
    @Inject
    LoadTokenSigningSecret secret;
    @Inject
    List<SignatureConfiguration> signatures;
    @Inject
    @Named("generator")
    SignatureGeneratorConfiguration generator;

    @Override
    protected String baseUrl() {
        return server.getURL().toString();
    }

    @Override
    protected String signingSecret() {
        return secret.load();
    }

    @Override
    protected String adminPassword() {
        return "test-admin-password";
    }

    @Override
    protected JsonMapper json() {
        return json;
    }

    /** Without a signature configuration, Micronaut Security issues and accepts unsigned tokens. */
    @Test
    void theSecurityConfigurationHasASignature() {
        assertThat(signatures).isNotEmpty();
        assertThat(generator.supportedAlgorithmsMessage()).contains("HS256");
    }

    @Test
    void generatesASecretOfAtLeast256Bits() {
        assertThat(secret.load()).hasSizeGreaterThanOrEqualTo(64).matches("[0-9a-f]+");
    }
}
