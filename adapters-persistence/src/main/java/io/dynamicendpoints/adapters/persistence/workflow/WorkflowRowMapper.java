package io.dynamicendpoints.adapters.persistence.workflow;

import io.dynamicendpoints.application.workflow.WorkflowDocument;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Converts between workflows and rows. The definition is the application's {@link WorkflowDocument}
 * (the one mapping of a workflow to plain values) as JSON text, so storage and the HTTP API can never
 * disagree on the shape. The id and the URL hashes are left out of that text: their columns are the
 * only place they are kept, so nothing can drift apart.
 */
@Singleton
final class WorkflowRowMapper {

    private static final Argument<Map<String, Object>> DOCUMENT = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    WorkflowRowMapper(JsonMapper json) {
        this.json = json;
    }

    /** The row of a workflow as it is to be stored; {@code id} and {@code createdAt} are null for a new one. */
    WorkflowRow toRow(Workflow workflow, @Nullable Long id, long revision, @Nullable Instant createdAt) {
        EndpointAddress address = workflow.address();
        return new WorkflowRow(id, revision, workflow.name(), workflow.description(),
                workflow.runMode().externalName(), workflow.published(), address.firstHash(), address.secondHash(),
                definition(workflow), createdAt, null);
    }

    /**
     * @throws IllegalStateException when the row contradicts itself (its published column disagrees
     *                               with its definition), which only a write by other means can cause
     */
    Workflow toWorkflow(WorkflowRow row) {
        WorkflowId id = new WorkflowId(row.id());
        Workflow workflow = WorkflowDocument.read(document(row), new EndpointAddress(row.firstHash(), row.secondHash()))
                .stored(id, row.revision());
        if (workflow.published() != row.published()) {
            throw new IllegalStateException("Workflow " + id + " is stored inconsistently: its published column says "
                    + row.published() + ", its definition " + workflow.published());
        }
        return workflow;
    }

    private String definition(Workflow workflow) {
        Map<String, Object> document = new LinkedHashMap<>(WorkflowDocument.write(workflow, null));
        document.remove("id");
        if (document.get("listener") instanceof Map<?, ?> listener) {
            Map<Object, Object> withoutAddress = new LinkedHashMap<>(listener);
            withoutAddress.remove("first_hash");
            withoutAddress.remove("second_hash");
            document.put("listener", withoutAddress);
        }
        try {
            return json.writeValueAsString(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Workflow '" + workflow.name() + "' could not be written as JSON", e);
        }
    }

    private Map<String, Object> document(WorkflowRow row) {
        try {
            return json.readValue(row.definition(), DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException("The definition of workflow " + row.id() + " is not JSON", e);
        }
    }
}
