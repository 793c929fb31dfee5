package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.domain.step.CreateRecordStep;

import java.util.LinkedHashMap;

/** Stores a new record with the rendered fields; its id becomes {@code __data.__entity_inserted_id}. */
public final class CreateRecordHandler implements StepHandler<CreateRecordStep> {

    public static final String INSERTED_ID = "__entity_inserted_id";

    private final VirtualRecords records;
    private final StepTemplates templates;

    public CreateRecordHandler(VirtualRecords records, StepTemplates templates) {
        this.records = records;
        this.templates = templates;
    }

    @Override
    public Class<CreateRecordStep> stepType() {
        return CreateRecordStep.class;
    }

    @Override
    public StepOutcome execute(CreateRecordStep step, ExecutionContext context) {
        long id = records.create(step.entity(), new LinkedHashMap<>(templates.renderAll(step.fields(), context)));
        context.data().put(INSERTED_ID, id);
        return new StepOutcome.Next(step.then(), step.entity() + " #" + id);
    }
}
