package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.domain.step.CreateRecordStep;

import java.util.LinkedHashMap;
import java.util.Map;

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
        Map<String, Object> fields = new LinkedHashMap<>(templates.renderAll(step.fields(), context));
        long id = context.effectOf(step.id())
                .map(effect -> records.create(step.entity(), fields, effect))
                .orElseGet(() -> records.create(step.entity(), fields));
        context.data().put(INSERTED_ID, id);
        return new StepOutcome.Next(step.then(), step.entity() + " #" + id);
    }
}
