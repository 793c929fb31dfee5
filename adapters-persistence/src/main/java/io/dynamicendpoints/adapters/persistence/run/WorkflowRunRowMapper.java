package io.dynamicendpoints.adapters.persistence.run;

import io.dynamicendpoints.application.port.WorkflowRuns.PendingRun;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;

/**
 * Converts between runs and rows; the request's data is one JSON object written and read by
 * Micronaut's {@link JsonMapper}, so a run reads back the data its request carried.
 */
@Singleton
final class WorkflowRunRowMapper {

    private static final Argument<Map<String, Object>> DATA = Argument.mapOf(String.class, Object.class);

    private final JsonMapper json;

    WorkflowRunRowMapper(JsonMapper json) {
        this.json = json;
    }

    /** The row of a run just accepted, and so already claimed, by {@code node}. */
    WorkflowRunRow acceptedRow(String id, WorkflowId workflow, Map<String, Object> data, String node, Instant now) {
        return new WorkflowRunRow(id, workflow.value(), write(data), RunStatus.RUNNING.storedName(), node, now, 1,
                null, now, null);
    }

    PendingRun toRun(WorkflowRunRow row) {
        return new PendingRun(row.id(), new WorkflowId(row.workflowId()), data(row), row.status(), row.attempts());
    }

    private Map<String, Object> data(WorkflowRunRow row) {
        try {
            return Collections.unmodifiableMap(json.readValue(row.data(), DATA));
        } catch (IOException e) {
            throw new UncheckedIOException("The data of run " + row.id() + " is not a JSON object", e);
        }
    }

    private String write(Map<String, Object> data) {
        try {
            return json.writeValueAsString(data);
        } catch (IOException e) {
            throw new UncheckedIOException("Run data could not be written as JSON", e);
        }
    }
}
