package io.dynamicendpoints.domain.listener;

import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointSecretTest {

    @Test
    void redactsItsValueWhenPrinted() {
        EndpointSecret secret = new EndpointSecret("s3cr3t-value");

        assertThat(secret.toString()).isEqualTo("EndpointSecret[****]").doesNotContain("s3cr3t");
        assertThat(String.valueOf(secret)).doesNotContain("s3cr3t");
    }

    @Test
    void printsAnEmptySecretAsEmpty() {
        assertThat(EndpointSecret.NONE).hasToString("EndpointSecret[]");
    }

    @Test
    void staysRedactedInsideAPrintedWorkflow() {
        Workflow workflow = WorkflowFixtures.aDraft(WorkflowFixtures.anAuthenticatedListener("k1", "s3cr3t-value"));

        assertThat(workflow.toString()).doesNotContain("s3cr3t-value");
        assertThat(workflow.listener().toString()).doesNotContain("s3cr3t-value");
    }

    @Test
    void stillComparesByValue() {
        assertThat(new EndpointSecret("s1")).isEqualTo(new EndpointSecret("s1")).isNotEqualTo(new EndpointSecret("s2"));
        assertThat(new EndpointSecret("s1").template()).isEqualTo("s1");
    }

    @Test
    void readsMissingAsEmptyAndBlankAsBlank() {
        assertThat(new EndpointSecret(null)).isEqualTo(EndpointSecret.NONE);
        assertThat(new EndpointSecret("  ").isBlank()).isTrue();
        assertThat(new EndpointSecret("s1").isBlank()).isFalse();
    }

    @Test
    void generatesTwoHundredFiftySixBitsAsSixtyFourHexCharacters() {
        EndpointSecret generated = EndpointSecret.generate(new SecureRandom());

        assertThat(generated.template()).matches("[0-9a-f]{64}");
        assertThat(generated).isNotEqualTo(EndpointSecret.generate(new SecureRandom()));
    }
}
