package io.dynamicendpoints.application.demo;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowView;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Creates a published demo endpoint when the database holds no workflow at all (a first start). */
public final class CreateDemoWorkflow {

    public static final String NAME = "Demo: echo a greeting";
    public static final String REPLY = "{\"status\": \"received\", \"greeting\": \"Hello, {{ __data.name }}!\"}";

    private final Workflows workflows;
    private final CreateWorkflow createWorkflow;

    public CreateDemoWorkflow(Workflows workflows, CreateWorkflow createWorkflow) {
        this.workflows = workflows;
        this.createWorkflow = createWorkflow;
    }

    public Optional<WorkflowView> createIfEmpty() {
        if (!workflows.all().isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", REPLY);
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("name", NAME);
        definition.put("description", "Answers a JSON body such as {\"name\": \"Ada\"} with a greeting. Safe to delete.");
        definition.put("run_mode", "sync");
        definition.put("published", true);
        definition.put("listener", listener);
        return Optional.of(createWorkflow.create(definition));
    }
}
