package io.dynamicendpoints.domain.step;

import java.util.List;
import java.util.Map;

/** Looks up the first record of {@code entity} matching {@code where} and keeps it (or nothing) as {@code __data.<store_as>}. */
public record FindRecordStep(String id, String entity, Map<String, String> where, String storeAs, List<Step> then)
        implements Step {

    public FindRecordStep {
        id = StepRules.id(id);
        entity = StepRules.plainName("entity", entity);
        where = StepRules.map(where);
        storeAs = StepRules.plainName("store_as", storeAs);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.FIND_RECORD;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
