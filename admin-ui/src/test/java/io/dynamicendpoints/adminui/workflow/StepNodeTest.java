package io.dynamicendpoints.adminui.workflow;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class StepNodeTest {

    @Test
    void showsConditionsWithTheirBranchesAndActionsWithTheirChildrenUnderTheirJsonPaths() {
        List<Object> steps = StepTemplates.mutableCopy(List.of(Map.of(
                "id", "has-email", "type", "virtual_condition", "match", "any",
                "conditions", List.of(Map.of("left", "{{ __data.email }}", "operator", "is_not_empty", "right", "")),
                "yes", List.of(Map.of("id", "note", "type", "create_record", "entity", "note",
                        "then", List.of(Map.of("id", "ack", "type", "endpoint_response", "return_type", "data")))),
                "no", List.of())));

        StepNode condition = StepNode.of(steps).getFirst();

        assertThat(condition.summary()).isEqualTo("any of: {{ __data.email }} is_not_empty");
        assertThat(condition.children()).extracting(StepNode::label).containsExactly("yes", "no");
        StepNode note = condition.children().getFirst().children().getFirst();
        assertThat(note.path()).isEqualTo("steps[0].yes[0]");
        assertThat(note.summary()).isEqualTo("create note");
        assertThat(note.children().getFirst().path()).isEqualTo("steps[0].yes[0].then[0]");
        assertThat(note.children().getFirst().summary()).isEqualTo("reply data");
    }

    @Test
    @SuppressWarnings("unchecked")
    void newStepsGoIntoTheSelectedBranchTheConditionsYesOrTheActionsThen() {
        List<Object> steps = StepTemplates.mutableCopy(List.of(
                Map.of("id", "c", "type", "virtual_condition", "conditions", List.of()),
                Map.of("id", "a", "type", "store_value")));
        List<StepNode> roots = StepNode.of(steps);

        roots.getFirst().listForNewChild().add(Map.of("id", "in-yes"));
        roots.getFirst().children().get(1).listForNewChild().add(Map.of("id", "in-no"));
        roots.get(1).listForNewChild().add(Map.of("id", "in-then"));

        Map<String, Object> condition = (Map<String, Object>) steps.getFirst();
        assertThat((List<Object>) condition.get("yes")).containsExactly(Map.of("id", "in-yes"));
        assertThat((List<Object>) condition.get("no")).containsExactly(Map.of("id", "in-no"));
        Map<String, Object> action = (Map<String, Object>) steps.get(1);
        assertThat((List<Object>) action.get("then")).containsExactly(Map.of("id", "in-then"));
    }

    @Test
    void skipsWhatIsNotAStep() {
        assertThat(StepNode.of(List.of("not a step", 3))).isEmpty();
    }
}
