package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.receive.PublishedEndpoint;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.listener.EndpointAddress;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * The workflow use cases wired to in-memory fakes, as the composition root wires them to the
 * database: one store, one endpoint index, one template engine. Also builds api.md §6 definitions.
 */
final class WorkflowUseCases {

    static final String BASE_URL = "https://hooks.example.com";

    final InMemoryWorkflows workflows = new InMemoryWorkflows();
    final TemplateEngine templates = new TemplateEngine();
    final PublishedEndpoints endpoints = new PublishedEndpoints(workflows, templates);
    final EndpointUrls urls = new EndpointUrls(() -> BASE_URL + "/");
    final RandomGenerator random = new SecureRandom();

    final CreateWorkflow create = new CreateWorkflow(workflows, endpoints, templates, urls, random);
    final ReplaceWorkflow replace = new ReplaceWorkflow(workflows, endpoints, templates, urls, random);
    final PublishWorkflow publish = new PublishWorkflow(workflows, endpoints, urls);
    final UnpublishWorkflow unpublish = new UnpublishWorkflow(workflows, endpoints, urls);
    final RegenerateEndpointUrl regenerate = new RegenerateEndpointUrl(workflows, endpoints, urls, random);
    final RotateEndpointSecret rotate = new RotateEndpointSecret(workflows, endpoints, urls, random);
    final DeleteWorkflow delete = new DeleteWorkflow(workflows, endpoints);
    final ReadWorkflows read = new ReadWorkflows(workflows, urls);

    /** What the listener would find at this address right now. */
    Optional<PublishedEndpoint> served(EndpointAddress address) {
        return endpoints.find(address.firstHash(), address.secondHash());
    }

    /** A sync {@code data} workflow definition answering {@code returnData}. */
    static Map<String, Object> aDataDefinition(String returnData) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", returnData);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", "Invoice webhook");
        definition.put("run_mode", "sync");
        definition.put("listener", listener);
        return definition;
    }

    static Map<String, Object> aPublishedDataDefinition(String returnData) {
        Map<String, Object> definition = aDataDefinition(returnData);
        definition.put("published", true);
        return definition;
    }

    /** An {@code sse} endpoint that runs {@code async}: a fine draft that cannot be published. */
    static Map<String, Object> anSseAsyncDefinition() {
        Map<String, Object> definition = aDataDefinition("");
        definition.put("run_mode", "async");
        listener(definition).put("return_type", "sse");
        return definition;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> listener(Map<String, Object> definition) {
        return (Map<String, Object>) definition.get("listener");
    }
}
