package io.dynamicendpoints.domain.listener;

import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

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

    @Test
    void requiresAnExpiryAndCapsNoLifetimeUnlessTold() {
        JwtRequirement requirement = new JwtRequirement(true, "k1", new EndpointSecret("s1"));

        assertThat(requirement.requireExp()).isTrue();
        assertThat(requirement.maxTokenLifetime()).isEmpty();
        assertThat(new JwtRequirement(true, "k1", new EndpointSecret("s1"), false, null).maxTokenLifetime()).isEmpty();
    }

    @Test
    void refusesALifetimeCapThatIsNotPositive() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                new JwtRequirement(true, "k1", new EndpointSecret("s1"), true, Optional.of(Duration.ZERO)));
        assertThatIllegalArgumentException().isThrownBy(() ->
                new JwtRequirement(true, "k1", new EndpointSecret("s1"), true, Optional.of(Duration.ofSeconds(-1))));
    }

    @Test
    void keepsTheTokenRulesWhenGeneratingCredentials() {
        JwtRequirement lenient = new JwtRequirement(true, "", EndpointSecret.NONE, false, Optional.of(Duration.ofMinutes(5)));

        JwtRequirement generated = lenient.withGeneratedCredentials(random);

        assertThat(generated.requireExp()).isFalse();
        assertThat(generated.maxTokenLifetime()).contains(Duration.ofMinutes(5));
    }

    @Test
    void rotatesOnlyTheSecret() {
        JwtRequirement before = new JwtRequirement(true, "k1", new EndpointSecret("s1"), false, Optional.of(Duration.ofMinutes(5)));

        JwtRequirement after = before.withRotatedSecret(random);

        assertThat(after.endpointSecret().template()).matches("[0-9a-f]{64}");
        assertThat(new JwtRequirement(after.enabled(), after.endpointKey(), before.endpointSecret(), after.requireExp(),
                after.maxTokenLifetime())).isEqualTo(before);
    }
}
