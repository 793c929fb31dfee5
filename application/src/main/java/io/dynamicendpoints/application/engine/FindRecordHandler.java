package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.domain.step.FindRecordStep;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Looks up the first matching record and keeps it as {@code __data.<store_as>} (its fields plus
 * {@code id}); when nothing matches, {@code store_as} is removed so that {@code is_empty} holds.
 */
public final class FindRecordHandler implements StepHandler<FindRecordStep> {

    private final VirtualRecords records;
    private final StepTemplates templates;

    public FindRecordHandler(VirtualRecords records, StepTemplates templates) {
        this.records = records;
        this.templates = templates;
    }

    @Override
    public Class<FindRecordStep> stepType() {
        return FindRecordStep.class;
    }

    @Override
    public StepOutcome execute(FindRecordStep step, ExecutionContext context) {
        var found = records.findFirst(step.entity(), templates.renderAll(step.where(), context));
        if (found.isEmpty()) {
            context.data().remove(step.storeAs());
            return new StepOutcome.Next(step.then(), "not found");
        }
        Map<String, Object> value = new LinkedHashMap<>(found.get().fields());
        value.put("id", found.get().id());
        context.data().put(step.storeAs(), value);
        return new StepOutcome.Next(step.then(), step.entity() + " #" + found.get().id());
    }
}
