package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UnpublishWorkflowTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void takesTheUrlOfflineAtOnceAndKeepsTheDefinition() {
        WorkflowView published = platform.create.create(aPublishedDataDefinition("{}"));

        WorkflowView unpublished = platform.unpublish.unpublish(published.workflow().requireId());

        assertThat(unpublished.workflow().published()).isFalse();
        assertThat(platform.served(published.workflow().address())).isEmpty();
        assertThat(unpublished.workflow().unpublish())
                .usingRecursiveComparison().ignoringFields("revision").isEqualTo(published.workflow().unpublish());
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.unpublish.unpublish(new WorkflowId(404)))
                .isInstanceOf(WorkflowNotFoundException.class);
    }
}
