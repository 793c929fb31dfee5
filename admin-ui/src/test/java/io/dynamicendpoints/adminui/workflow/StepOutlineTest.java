package io.dynamicendpoints.adminui.workflow;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepOutlineTest {

    @Test
    void showsConditionsWithTheirYesAndNoBranchesAndActionsWithTheirChildren() {
        List<Object> steps = List.of(Map.of(
                "id", "has-email", "type", "virtual_condition", "match", "any",
                "conditions", List.of(Map.of("left", "{{ __data.email }}", "operator", "is_not_empty", "right", "")),
                "yes", List.of(Map.of("id", "note", "type", "create_record", "entity", "note",
                        "then", List.of(Map.of("id", "ack", "type", "endpoint_response", "return_type", "data")))),
                "no", List.of()));

        List<StepOutline> outline = StepOutline.of(steps);

        StepOutline condition = outline.getFirst();
        assertThat(condition.summary()).isEqualTo("any of: {{ __data.email }} is_not_empty");
        assertThat(condition.children()).extracting(StepOutline::id).containsExactly("yes", "no");
        StepOutline yes = condition.children().getFirst();
        assertThat(yes.children()).extracting(StepOutline::id).containsExactly("note");
        assertThat(yes.children().getFirst().summary()).isEqualTo("create note");
        assertThat(yes.children().getFirst().children()).extracting(StepOutline::summary).containsExactly("reply data");
    }

    @Test
    void skipsWhatIsNotAStep() {
        assertThat(StepOutline.of(List.of("not a step", 3))).isEmpty();
    }
}
