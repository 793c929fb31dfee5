package io.dynamicendpoints.domain.step;

import java.util.List;
import java.util.Map;

/** Changes {@code fields} of the records of {@code entity} that match every pair of {@code where}. */
public record UpdateRecordStep(String id, String entity, Map<String, String> where, Map<String, String> fields,
                               List<Step> then) implements Step {

    public UpdateRecordStep {
        id = StepRules.id(id);
        entity = StepRules.plainName("entity", entity);
        where = StepRules.map(where);
        if (where.isEmpty()) {
            // An empty filter would rewrite every record of the entity: almost always a mistake.
            throw new InvalidStepException("where", "Name at least one field that selects the records to update");
        }
        fields = StepRules.map(fields);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.UPDATE_RECORD;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
