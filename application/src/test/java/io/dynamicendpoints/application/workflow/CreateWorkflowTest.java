package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.workflow.Violations;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.application.workflow.WorkflowUseCases.BASE_URL;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.aPublishedDataDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.anSseAsyncDefinition;
import static io.dynamicendpoints.application.workflow.WorkflowUseCases.listener;
import static org.assertj.core.api.Assertions.assertThat;

class CreateWorkflowTest {

    private final WorkflowUseCases platform = new WorkflowUseCases();

    @Test
    void storesTheWorkflowUnderGeneratedHashes() {
        WorkflowView created = platform.create.create(aDataDefinition("{\"status\":\"received\"}"));

        EndpointAddress address = created.workflow().address();
        assertThat(address.firstHash()).matches("[0-9a-f]{32}");
        assertThat(address.secondHash()).matches("[0-9a-f]{32}").isNotEqualTo(address.firstHash());
        assertThat(created.url()).isEqualTo(BASE_URL + "/listener/" + address.firstHash() + "/" + address.secondHash());
        assertThat(created.workflow().id()).isPresent();
        assertThat(platform.workflows.all()).containsExactly(created.workflow());
    }

    @Test
    void givesEveryWorkflowItsOwnAddress() {
        EndpointAddress first = platform.create.create(aDataDefinition("")).workflow().address();
        EndpointAddress second = platform.create.create(aDataDefinition("")).workflow().address();

        assertThat(first.firstHash()).isNotEqualTo(second.firstHash());
        assertThat(first.secondHash()).isNotEqualTo(second.secondHash());
    }

    @Test
    void ignoresHashesTheDefinitionNames() {
        Map<String, Object> definition = aDataDefinition("");
        listener(definition).put("first_hash", WorkflowFixtures.FIRST_HASH);
        listener(definition).put("second_hash", WorkflowFixtures.SECOND_HASH);

        EndpointAddress address = platform.create.create(definition).workflow().address();

        assertThat(address.firstHash()).isNotEqualTo(WorkflowFixtures.FIRST_HASH);
        assertThat(address.secondHash()).isNotEqualTo(WorkflowFixtures.SECOND_HASH);
    }

    @Test
    void generatesKeyAndSecretWhenAuthenticationIsOnWithoutThem() {
        Map<String, Object> definition = aDataDefinition("");
        listener(definition).put("add_authentication", true);

        JwtRequirement jwt = platform.create.create(definition).workflow().listener().jwt();

        assertThat(jwt.enabled()).isTrue();
        assertThat(jwt.endpointKey()).matches("[0-9a-f]{32}");
        assertThat(jwt.endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void keepsTheKeyAndSecretTheAdminGave() {
        Map<String, Object> definition = aDataDefinition("");
        listener(definition).put("add_authentication", true);
        listener(definition).put("endpoint_key", "k1");
        listener(definition).put("endpoint_secret", "s1");

        JwtRequirement jwt = platform.create.create(definition).workflow().listener().jwt();

        assertThat(jwt.endpointKey()).isEqualTo("k1");
        assertThat(jwt.endpointSecret().template()).isEqualTo("s1");
    }

    @Test
    void generatesNoCredentialsWhenAuthenticationIsOff() {
        JwtRequirement jwt = platform.create.create(aDataDefinition("")).workflow().listener().jwt();

        assertThat(jwt.endpointKey()).isEmpty();
        assertThat(jwt.endpointSecret().isBlank()).isTrue();
    }

    @Test
    void generatesCredentialsForAWorkflowPublishedAtCreation() {
        Map<String, Object> definition = aPublishedDataDefinition("");
        listener(definition).put("add_authentication", true);

        Workflow created = platform.create.create(definition).workflow();

        assertThat(created.published()).isTrue();
        assertThat(created.listener().jwt().endpointSecret().template()).matches("[0-9a-f]{64}");
    }

    @Test
    void servesAWorkflowPublishedAtCreationAtOnce() {
        WorkflowView created = platform.create.create(aPublishedDataDefinition("{\"status\":\"received\"}"));

        assertThat(platform.served(created.workflow().address()))
                .hasValueSatisfying(endpoint -> assertThat(endpoint.workflow()).isEqualTo(created.workflow()));
    }

    @Test
    void doesNotServeADraft() {
        WorkflowView created = platform.create.create(aDataDefinition("{}"));

        assertThat(platform.served(created.workflow().address())).isEmpty();
    }

    @Test
    void refusesAReplyTemplateThatDoesNotParseAndStoresNothing() {
        Map<String, Object> definition = aDataDefinition("{\"ref\": \"{{ unclosed\"}");

        assertThat(Violations.of(() -> platform.create.create(definition))).containsOnlyKeys("listener.return_data");
        assertThat(platform.workflows.all()).isEmpty();
    }

    @Test
    void namesEveryListenerTemplateThatDoesNotParse() {
        Map<String, Object> definition = aDataDefinition("{{ unclosed");
        listener(definition).put("return_html", "{% if %}");
        listener(definition).put("return_redirect", "{{ }}");
        listener(definition).put("add_authentication", true);
        listener(definition).put("endpoint_key", "{{ key");
        listener(definition).put("endpoint_secret", "{% endif %}");
        listener(definition).put("cors_domains", "{{ a b }}");

        assertThat(Violations.of(() -> platform.create.create(definition))).containsOnlyKeys(
                "listener.return_data", "listener.return_html", "listener.return_redirect", "listener.endpoint_key",
                "listener.endpoint_secret", "listener.cors_domains");
    }

    @Test
    void refusesAStepTemplateThatDoesNotParse() {
        Map<String, Object> definition = aDataDefinition("");
        listener(definition).put("return_type", "continue");
        definition.put("steps", List.of(Map.of("id", "ack", "type", "endpoint_response", "return_data", "{{ unclosed")));

        assertThat(Violations.of(() -> platform.create.create(definition))).containsOnlyKeys("steps[0].return_data");
    }

    @Test
    void refusesAnInvalidDefinitionAndStoresNothing() {
        Map<String, Object> definition = aDataDefinition("");
        listener(definition).put("return_type", "json");

        assertThat(Violations.of(() -> platform.create.create(definition))).containsOnlyKeys("listener.return_type");
        assertThat(platform.workflows.all()).isEmpty();
        assertThat(platform.workflows.changeCount()).isZero();
    }

    @Test
    void refusesToCreateAPublishedSseEndpointThatRunsAsync() {
        Map<String, Object> definition = anSseAsyncDefinition();
        definition.put("published", true);

        assertThat(Violations.of(() -> platform.create.create(definition))).containsOnlyKeys("run_mode");
        assertThat(platform.workflows.all()).isEmpty();
    }

    @Test
    void storesAnSseEndpointThatRunsAsyncAsADraft() {
        WorkflowView created = platform.create.create(anSseAsyncDefinition());

        assertThat(created.workflow().published()).isFalse();
        assertThat(created.workflow().runProblems()).containsOnlyKeys("run_mode");
    }

    @Test
    void answersWithTheFullDocumentIncludingIdAndUrl() {
        WorkflowView created = platform.create.create(aDataDefinition("{}"));

        Map<String, Object> document = created.document();

        assertThat(document).containsEntry("id", created.workflow().requireId().value());
        assertThat(listener(document)).containsEntry("url", created.url())
                .containsEntry("first_hash", created.workflow().address().firstHash());
    }
}
