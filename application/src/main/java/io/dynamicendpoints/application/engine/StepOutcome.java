package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.step.Step;

import java.util.List;

/** What a step's execution decided: which children run next, or that the branch stops with an error. */
public sealed interface StepOutcome {

    /** The step succeeded; these children (an action's {@code then}, a condition's chosen branch) run next. */
    record Next(List<Step> children, String detail) implements StepOutcome {

        public Next(List<Step> children) {
            this(children, "");
        }
    }

    /** The step failed: its branch stops; the message is shown in the trace and to a waiting caller. */
    record Failed(String message) implements StepOutcome {
    }
}
