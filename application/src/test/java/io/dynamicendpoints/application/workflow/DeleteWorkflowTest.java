package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteWorkflowTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void removesTheWorkflowAndItsUrlAtOnce() {
        WorkflowView published = platform.create.create(aPublishedDataDefinition("{}"));
        WorkflowView other = platform.create.create(aPublishedDataDefinition("{}"));

        platform.delete.delete(published.workflow().requireId());

        assertThat(platform.workflows.find(published.workflow().requireId())).isEmpty();
        assertThat(platform.served(published.workflow().address())).isEmpty();
        assertThat(platform.served(other.workflow().address())).isPresent();
    }

    @Test
    void deletesADraft() {
        WorkflowId id = platform.create.create(aDataDefinition("{}")).workflow().requireId();

        platform.delete.delete(id);

        assertThat(platform.workflows.all()).isEmpty();
    }

    @Test
    void refusesAnUnknownOrAlreadyDeletedWorkflow() {
        WorkflowId id = platform.create.create(aDataDefinition("{}")).workflow().requireId();
        platform.delete.delete(id);

        assertThatThrownBy(() -> platform.delete.delete(id)).isInstanceOf(WorkflowNotFoundException.class);
        assertThatThrownBy(() -> platform.delete.delete(new WorkflowId(404))).isInstanceOf(WorkflowNotFoundException.class);
    }
}
