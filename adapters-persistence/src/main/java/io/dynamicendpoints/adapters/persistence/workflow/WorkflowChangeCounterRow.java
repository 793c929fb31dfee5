package io.dynamicendpoints.adapters.persistence.workflow;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** The single row of {@code workflow_change_counter}; its id is always {@link #ONLY_ROW}. */
@MappedEntity("workflow_change_counter")
record WorkflowChangeCounterRow(@Id int id, long changeCount) {

    static final int ONLY_ROW = 1;
}
