package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryPlatformSettings;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class LoadTokenSigningSecretTest {

    private final InMemoryPlatformSettings settings = new InMemoryPlatformSettings();

    @Test
    void generatesASixtyFourHexSecretOnFirstStart() {
        assertThat(new LoadTokenSigningSecret(settings, new SecureRandom()).load()).matches("[0-9a-f]{64}");
    }

    @Test
    void keepsTheSameSecretAcrossRestartsAndNodes() {
        String first = new LoadTokenSigningSecret(settings, new SecureRandom()).load();

        String second = new LoadTokenSigningSecret(settings, new SecureRandom()).load();

        assertThat(second).isEqualTo(first);
    }
}
