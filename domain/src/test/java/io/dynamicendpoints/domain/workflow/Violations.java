package io.dynamicendpoints.domain.workflow;

import java.util.Map;

import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.fail;

/** Reads the violations of a definition that must be refused, so tests can assert on field paths. */
public final class Violations {

    private Violations() {
    }

    /** The violations the action throws; fails the test when it throws none. */
    public static Map<String, String> of(Runnable action) {
        InvalidWorkflowException refused = catchThrowableOfType(InvalidWorkflowException.class, action::run);
        if (refused == null) {
            fail("Expected an InvalidWorkflowException, but the definition was accepted");
        }
        return refused.violations();
    }
}
