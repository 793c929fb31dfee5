package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.Violations;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.anSseAsyncDefinition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublishWorkflowTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void servesTheWorkflowAtOnce() {
        WorkflowView draft = platform.create.create(aDataDefinition("{}"));

        WorkflowView published = platform.publish.publish(draft.workflow().requireId());

        assertThat(published.workflow().published()).isTrue();
        assertThat(published.workflow().revision()).isGreaterThan(draft.workflow().revision());
        assertThat(published.url()).isEqualTo(draft.url());
        assertThat(platform.served(draft.workflow().address())).isPresent();
    }

    @Test
    void publishingTwiceChangesNothingForCallers() {
        WorkflowId id = platform.create.create(aDataDefinition("{}")).workflow().requireId();
        platform.publish.publish(id);

        WorkflowView again = platform.publish.publish(id);

        assertThat(again.workflow().published()).isTrue();
        assertThat(platform.served(again.workflow().address())).isPresent();
    }

    @Test
    void refusesAnSseEndpointThatRunsAsyncAndKeepsItOffline() {
        WorkflowView draft = platform.create.create(anSseAsyncDefinition());
        WorkflowId id = draft.workflow().requireId();

        assertThatThrownBy(() -> platform.publish.publish(id)).isInstanceOf(InvalidWorkflowException.class);
        assertThat(Violations.of(() -> platform.publish.publish(id))).containsOnlyKeys("run_mode");
        assertThat(platform.workflows.find(id)).hasValueSatisfying(stored -> assertThat(stored.published()).isFalse());
        assertThat(platform.served(draft.workflow().address())).isEmpty();
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.publish.publish(new WorkflowId(404)))
                .isInstanceOf(WorkflowNotFoundException.class);
    }
}
