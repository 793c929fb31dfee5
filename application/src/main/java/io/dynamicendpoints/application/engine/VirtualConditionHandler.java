package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.step.VirtualConditionStep;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;

/** Renders both sides of each comparison and follows the {@code yes} or the {@code no} branch. */
public final class VirtualConditionHandler implements StepHandler<VirtualConditionStep> {

    private final StepTemplates templates;
    private final Clock clock;
    private final ZoneId zone;

    public VirtualConditionHandler(StepTemplates templates, Clock clock, ZoneId zone) {
        this.templates = templates;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Class<VirtualConditionStep> stepType() {
        return VirtualConditionStep.class;
    }

    @Override
    public StepOutcome execute(VirtualConditionStep step, ExecutionContext context) {
        List<Boolean> results = step.conditions().stream()
                .map(comparison -> comparison.holds(templates.render(comparison.left(), context),
                        templates.render(comparison.right(), context), clock.instant(), zone))
                .toList();
        boolean yes = Comparison.holds(step.match(), results);
        return new StepOutcome.Next(yes ? step.yes() : step.no(), yes ? "yes" : "no");
    }
}
