package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.StoreValueStep;

/** Keeps a rendered value as {@code __data.<name>} for the steps below. */
public final class StoreValueHandler implements StepHandler<StoreValueStep> {

    private final StepTemplates templates;

    public StoreValueHandler(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Class<StoreValueStep> stepType() {
        return StoreValueStep.class;
    }

    @Override
    public StepOutcome execute(StoreValueStep step, ExecutionContext context) {
        context.data().put(step.name(), templates.render(step.value(), context));
        return new StepOutcome.Next(step.then());
    }
}
