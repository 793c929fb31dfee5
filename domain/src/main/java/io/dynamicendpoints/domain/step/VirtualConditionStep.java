package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;

import java.util.List;
import java.util.stream.Stream;

/**
 * A decision on live data: its comparisons, combined by {@link Match}, choose the {@code yes} or the
 * {@code no} children.
 */
public record VirtualConditionStep(String id, Match match, List<Comparison> conditions, List<Step> yes, List<Step> no)
        implements Step {

    public VirtualConditionStep {
        id = StepRules.id(id);
        match = match == null ? Match.ALL : match;
        if (conditions == null || conditions.isEmpty()) {
            throw new InvalidStepException("conditions", "A virtual condition needs at least one comparison");
        }
        conditions = List.copyOf(conditions);
        yes = StepRules.children(yes);
        no = StepRules.children(no);
    }

    @Override
    public StepKind kind() {
        return StepKind.VIRTUAL_CONDITION;
    }

    @Override
    public List<Step> children() {
        return Stream.concat(yes.stream(), no.stream()).toList();
    }
}
