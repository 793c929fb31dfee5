package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.Step;

/**
 * Executes one kind of step. Handlers hold the side effects (through ports); the step records they
 * receive are plain data. A handler may throw: the engine turns any exception into a failed step.
 */
public interface StepHandler<S extends Step> {

    Class<S> stepType();

    StepOutcome execute(S step, ExecutionContext context);
}
