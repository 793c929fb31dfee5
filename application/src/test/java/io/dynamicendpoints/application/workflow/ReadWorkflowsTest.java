package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReadWorkflowsTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void listsEveryWorkflowOldestFirstWithItsUrl() {
        WorkflowView first = platform.create.create(aDataDefinition("1"));
        WorkflowView second = platform.create.create(aDataDefinition("2"));

        assertThat(platform.read.all()).containsExactly(first, second);
    }

    @Test
    void readsOneById() {
        WorkflowView created = platform.create.create(aDataDefinition("1"));

        assertThat(platform.read.one(created.workflow().requireId())).isEqualTo(created);
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.read.one(new WorkflowId(404)))
                .isInstanceOf(WorkflowNotFoundException.class)
                .hasMessageContaining("404");
    }
}
