package io.dynamicendpoints.domain.step;

import java.util.List;

/** Renders {@code value} and keeps it as {@code __data.<name>} for the steps that follow. */
public record StoreValueStep(String id, String name, String value, List<Step> then) implements Step {

    public StoreValueStep {
        id = StepRules.id(id);
        name = StepRules.plainName("name", name);
        value = StepRules.text(value);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.STORE_VALUE;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
