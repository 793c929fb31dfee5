package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aCondition;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aStoreValueStep;
import static org.assertj.core.api.Assertions.assertThat;

class VirtualConditionStepTest {

    private static final Comparison HAS_EMAIL = new Comparison("{{ __data.email }}", Operator.IS_NOT_EMPTY, "");

    @Test
    void refusesAConditionWithoutComparisons() {
        assertThat(Violations.ofStep(() -> new VirtualConditionStep("c", Match.ALL, List.of(), List.of(), List.of())))
                .isEqualTo("conditions");
        assertThat(Violations.ofStep(() -> new VirtualConditionStep("c", Match.ALL, null, List.of(), List.of())))
                .isEqualTo("conditions");
    }

    @Test
    void combinesWithAllWhenNotSaid() {
        assertThat(new VirtualConditionStep("c", null, List.of(HAS_EMAIL), null, null).match()).isEqualTo(Match.ALL);
    }

    @Test
    void listsTheYesChildrenThenTheNoChildren() {
        VirtualConditionStep step = aCondition("c", List.of(aStoreValueStep("y1"), aStoreValueStep("y2")),
                List.of(aStoreValueStep("n1")));

        assertThat(step.children()).extracting(Step::id).containsExactly("y1", "y2", "n1");
        assertThat(step.kind()).isEqualTo(StepKind.VIRTUAL_CONDITION);
    }

    @Test
    void mayHaveEmptyBranches() {
        VirtualConditionStep step = new VirtualConditionStep("c", Match.ANY, List.of(HAS_EMAIL), null, null);

        assertThat(step.yes()).isEmpty();
        assertThat(step.no()).isEmpty();
        assertThat(step.children()).isEmpty();
    }
}
