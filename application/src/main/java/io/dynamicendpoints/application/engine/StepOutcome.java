package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.Step;

import java.util.List;
import java.util.Objects;

/** What a step's execution decided: which children run next, or that the branch stops with an error. */
public sealed interface StepOutcome {

    /** The step succeeded; these children (an action's {@code then}, a condition's chosen branch) run next. */
    record Next(List<Step> children, String detail) implements StepOutcome {

        public Next(List<Step> children) {
            this(children, "");
        }
    }

    /**
     * The step failed: its branch stops. A waiting caller learns only the {@code reason}; the
     * {@code detail} goes to the trace and the server log, which admins read.
     */
    record Failed(StepFailure reason, String detail) implements StepOutcome {

        public Failed {
            Objects.requireNonNull(reason, "reason");
            detail = detail == null ? "" : detail;
        }
    }
}
