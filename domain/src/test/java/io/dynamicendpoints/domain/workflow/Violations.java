package io.dynamicendpoints.domain.workflow;

import io.dynamicendpoints.domain.step.InvalidStepException;

import java.util.Map;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/** Reads what a refused definition did wrong, so tests can assert on field names and paths. */
public final class Violations {

    private Violations() {
    }

    /** The violations of a workflow the action builds; fails the test when it is accepted. */
    public static Map<String, String> of(Runnable action) {
        InvalidWorkflowException refused = catchThrowableOfType(InvalidWorkflowException.class, action::run);
        if (refused == null) {
            fail("Expected an InvalidWorkflowException, but the definition was accepted");
        }
        return refused.violations();
    }

    /** The field a step the action builds breaks a rule with; fails the test when the step is accepted. */
    public static String ofStep(Runnable action) {
        InvalidStepException refused = catchThrowableOfType(InvalidStepException.class, action::run);
        if (refused == null) {
            fail("Expected an InvalidStepException, but the step was accepted");
        }
        return refused.field();
    }
}
