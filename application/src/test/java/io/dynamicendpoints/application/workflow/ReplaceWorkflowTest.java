package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.Violations;
import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.listener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplaceWorkflowTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void replacesTheDefinitionAndKeepsTheHashes() {
        WorkflowView before = platform.create.create(aDataDefinition("old"));
        Map<String, Object> definition = aDataDefinition("new");
        definition.put("name", "Renamed");
        listener(definition).put("first_hash", WorkflowFixtures.FIRST_HASH);
        listener(definition).put("second_hash", WorkflowFixtures.SECOND_HASH);

        WorkflowView after = platform.replace.replace(before.workflow().requireId(), definition);

        assertThat(after.workflow().name()).isEqualTo("Renamed");
        assertThat(after.workflow().listener().returnData()).isEqualTo("new");
        assertThat(after.workflow().address()).isEqualTo(before.workflow().address());
        assertThat(after.workflow().requireId()).isEqualTo(before.workflow().requireId());
        assertThat(after.workflow().revision()).isGreaterThan(before.workflow().revision());
    }

    @Test
    void servesTheNewReplyAtOnce() {
        WorkflowView before = platform.create.create(aPublishedDataDefinition("old"));

        platform.replace.replace(before.workflow().requireId(), aPublishedDataDefinition("new"));

        assertThat(platform.served(before.workflow().address()))
                .map(endpoint -> endpoint.reply().render(Map.of())).contains("new");
    }

    @Test
    void generatesCredentialsWhenAuthenticationIsSwitchedOn() {
        WorkflowView before = platform.create.create(aDataDefinition("{}"));
        Map<String, Object> definition = aDataDefinition("{}");
        listener(definition).put("add_authentication", true);

        WorkflowView after = platform.replace.replace(before.workflow().requireId(), definition);

        assertThat(after.workflow().listener().jwt().endpointKey()).matches("[0-9a-f]{32}");
        assertThat(after.workflow().listener().jwt().endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void generatesCredentialsForADefinitionThatIsPublishedWithAuthenticationSwitchedOn() {
        WorkflowView before = platform.create.create(aPublishedDataDefinition("{}"));
        Map<String, Object> definition = aPublishedDataDefinition("{}");
        listener(definition).put("add_authentication", true);

        WorkflowView after = platform.replace.replace(before.workflow().requireId(), definition);

        assertThat(after.workflow().published()).isTrue();
        assertThat(after.workflow().listener().jwt().endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void refusesAReplyTemplateThatDoesNotParseAndKeepsTheStoredOne() {
        WorkflowView before = platform.create.create(aDataDefinition("old"));

        assertThat(Violations.of(() -> platform.replace.replace(before.workflow().requireId(),
                aDataDefinition("{{ unclosed")))).containsOnlyKeys("listener.return_data");
        assertThat(platform.workflows.find(before.workflow().requireId())).contains(before.workflow());
    }

    @Test
    void refusesAnUnknownWorkflow() {
        assertThatThrownBy(() -> platform.replace.replace(new WorkflowId(404), aDataDefinition("{}")))
                .isInstanceOf(WorkflowNotFoundException.class);
    }
}
