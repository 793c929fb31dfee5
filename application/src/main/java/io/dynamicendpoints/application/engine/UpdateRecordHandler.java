package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.domain.step.UpdateRecordStep;

import java.util.LinkedHashMap;
import java.util.Map;

/** Changes the rendered fields of the records that match the rendered filter; the count becomes {@code __data.__entity_updated_count}. */
public final class UpdateRecordHandler implements StepHandler<UpdateRecordStep> {

    public static final String UPDATED_COUNT = "__entity_updated_count";

    private final VirtualRecords records;
    private final StepTemplates templates;

    public UpdateRecordHandler(VirtualRecords records, StepTemplates templates) {
        this.records = records;
        this.templates = templates;
    }

    @Override
    public Class<UpdateRecordStep> stepType() {
        return UpdateRecordStep.class;
    }

    @Override
    public StepOutcome execute(UpdateRecordStep step, ExecutionContext context) {
        Map<String, String> where = templates.renderAll(step.where(), context);
        Map<String, Object> fields = new LinkedHashMap<>(templates.renderAll(step.fields(), context));
        int updated = context.effectOf(step.id())
                .map(effect -> records.update(step.entity(), where, fields, effect))
                .orElseGet(() -> records.update(step.entity(), where, fields));
        context.data().put(UPDATED_COUNT, updated);
        return new StepOutcome.Next(step.then(), updated + " updated");
    }
}
