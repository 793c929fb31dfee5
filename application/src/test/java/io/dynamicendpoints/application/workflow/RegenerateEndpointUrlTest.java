package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.BASE_URL;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.listener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RegenerateEndpointUrlTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void givesTheWorkflowTwoNewHashes() {
        WorkflowView before = platform.create.create(aDataDefinition("{}"));

        WorkflowView after = platform.regenerate.regenerate(before.workflow().requireId());

        EndpointAddress old = before.workflow().address();
        EndpointAddress fresh = after.workflow().address();
        assertThat(fresh.firstHash()).matches("[0-9a-f]{32}").isNotEqualTo(old.firstHash());
        assertThat(fresh.secondHash()).matches("[0-9a-f]{32}").isNotEqualTo(old.secondHash());
        assertThat(after.url()).isEqualTo(BASE_URL + fresh.path());
    }

    @Test
    void makesTheOldUrlUnknownAtOnceAndServesTheNewOne() {
        WorkflowView before = platform.create.create(aPublishedDataDefinition("{}"));

        WorkflowView after = platform.regenerate.regenerate(before.workflow().requireId());

        assertThat(platform.served(before.workflow().address())).isEmpty();
        assertThat(platform.served(after.workflow().address())).isPresent();
    }

    @Test
    void changesNothingButTheAddress() {
        Map<String, Object> definition = aPublishedDataDefinition("{}");
        listener(definition).put("add_authentication", true);
        listener(definition).put("endpoint_key", "k1");
        listener(definition).put("endpoint_secret", "s1");
        WorkflowView before = platform.create.create(definition);

        WorkflowView after = platform.regenerate.regenerate(before.workflow().requireId());

        assertThat(after.workflow().withAddress(before.workflow().address()))
                .usingRecursiveComparison().ignoringFields("revision").isEqualTo(before.workflow());
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.regenerate.regenerate(new WorkflowId(404)))
                .isInstanceOf(WorkflowNotFoundException.class);
    }
}
