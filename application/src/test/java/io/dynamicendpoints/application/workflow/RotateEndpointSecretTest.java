package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.listener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RotateEndpointSecretTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void replacesTheSecretAndKeepsTheKey() {
        Map<String, Object> definition = aPublishedDataDefinition("{}");
        listener(definition).put("add_authentication", true);
        listener(definition).put("endpoint_key", "k1");
        listener(definition).put("endpoint_secret", "s1");
        WorkflowView before = platform.create.create(definition);

        WorkflowView after = platform.rotate.rotate(before.workflow().requireId());

        JwtRequirement jwt = after.workflow().listener().jwt();
        assertThat(jwt.endpointKey()).isEqualTo("k1");
        assertThat(jwt.endpointSecret().template()).matches("[0-9a-f]{64}");
        assertThat(platform.served(before.workflow().address()))
                .hasValueSatisfying(endpoint -> assertThat(endpoint.workflow()).isEqualTo(after.workflow()));
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.rotate.rotate(new WorkflowId(404))).isInstanceOf(WorkflowNotFoundException.class);
    }
}
