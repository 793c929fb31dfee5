package io.dynamicendpoints.domain.step;

import java.util.List;
import java.util.Map;

/** Stores a new record of {@code entity} in the platform's record store; its id lands in {@code __data.__entity_inserted_id}. */
public record CreateRecordStep(String id, String entity, Map<String, String> fields, List<Step> then) implements Step {

    public CreateRecordStep {
        id = StepRules.id(id);
        entity = StepRules.plainName("entity", entity);
        fields = StepRules.map(fields);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.CREATE_RECORD;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
