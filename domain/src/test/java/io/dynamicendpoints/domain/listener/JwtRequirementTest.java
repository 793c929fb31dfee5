package io.dynamicendpoints.domain.listener;

import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class JwtRequirementTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void generatesAThirtyTwoHexKeyAndASixtyFourHexSecretWhenNoneWereGiven() {
        JwtRequirement generated = new JwtRequirement(true, "", EndpointSecret.NONE).withGeneratedCredentials(random);

        assertThat(generated.enabled()).isTrue();
        assertThat(generated.endpointKey()).matches("[0-9a-f]{32}");
        assertThat(generated.endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void treatsABlankKeyAndSecretAsNotGiven() {
        JwtRequirement generated = new JwtRequirement(true, "  ", new EndpointSecret(" \t")).withGeneratedCredentials(random);

        assertThat(generated.endpointKey()).matches("[0-9a-f]{32}");
        assertThat(generated.endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void keepsTheKeyAndSecretTheAdminGave() {
        JwtRequirement given = new JwtRequirement(true, "k1", new EndpointSecret("s1"));

        assertThat(given.withGeneratedCredentials(random)).isEqualTo(given);
    }

    @Test
    void keepsTheGivenKeyAndGeneratesOnlyTheMissingSecret() {
        JwtRequirement generated = new JwtRequirement(true, "{{ \"acme-\" ~ \"issuer\" }}", EndpointSecret.NONE)
                .withGeneratedCredentials(random);

        assertThat(generated.endpointKey()).isEqualTo("{{ \"acme-\" ~ \"issuer\" }}");
        assertThat(generated.endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void keepsTheGivenSecretAndGeneratesOnlyTheMissingKey() {
        JwtRequirement generated = new JwtRequirement(true, "", new EndpointSecret("s1")).withGeneratedCredentials(random);

        assertThat(generated.endpointKey()).matches("[0-9a-f]{32}");
        assertThat(generated.endpointSecret()).isEqualTo(new EndpointSecret("s1"));
    }

    @Test
    void generatesNothingWhenAuthenticationIsOff() {
        JwtRequirement off = new JwtRequirement(false, "", EndpointSecret.NONE);

        assertThat(off.withGeneratedCredentials(random)).isSameAs(off);
        assertThat(JwtRequirement.OFF.withGeneratedCredentials(random)).isSameAs(JwtRequirement.OFF);
    }

    @Test
    void generatesTheSameCredentialsFromTheSameSeed() {
        JwtRequirement on = new JwtRequirement(true, "", EndpointSecret.NONE);

        assertThat(on.withGeneratedCredentials(WorkflowFixtures.aSeededRandom()))
                .isEqualTo(on.withGeneratedCredentials(WorkflowFixtures.aSeededRandom()));
    }

    @Test
    void readsMissingKeyAndSecretAsEmpty() {
        JwtRequirement requirement = new JwtRequirement(true, null, null);

        assertThat(requirement.endpointKey()).isEmpty();
        assertThat(requirement.endpointSecret()).isEqualTo(EndpointSecret.NONE);
    }

    @Test
    void neverPrintsTheSecret() {
        assertThat(new JwtRequirement(true, "k1", new EndpointSecret("s3cr3t-value")).toString())
                .doesNotContain("s3cr3t-value")
                .contains("k1");
    }
}
