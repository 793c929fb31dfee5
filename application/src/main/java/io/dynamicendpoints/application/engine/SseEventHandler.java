package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.SseEventStep;

/** Emits one event frame to the caller of an {@code sse} endpoint. */
public final class SseEventHandler implements StepHandler<SseEventStep> {

    private final StepTemplates templates;

    public SseEventHandler(StepTemplates templates) {
        this.templates = templates;
    }

    @Override
    public Class<SseEventStep> stepType() {
        return SseEventStep.class;
    }

    @Override
    public StepOutcome execute(SseEventStep step, ExecutionContext context) {
        context.sink().event(templates.render(step.event(), context), templates.render(step.data(), context));
        return new StepOutcome.Next(step.then());
    }
}
