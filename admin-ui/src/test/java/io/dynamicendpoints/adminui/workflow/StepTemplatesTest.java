package io.dynamicendpoints.adminui.workflow;

import io.dynamicendpoints.application.workflow.WorkflowDocument;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.step.StepKind;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor's part of the step-kind checklist (style.md §3, step 4): every kind can be added from the
 * editor, and a newly added step is valid as it stands, so a workflow saves before the admin fills it in.
 */
class StepTemplatesTest {

    private static final EndpointAddress ADDRESS = new EndpointAddress("0".repeat(32), "1".repeat(32));

    @TestFactory
    Stream<DynamicTest> everyKindHasANewStepTheApplicationAccepts() {
        return Arrays.stream(StepKind.values()).map(kind -> DynamicTest.dynamicTest(kind.externalName(), () -> {
            Map<String, Object> document = Map.of("name", "n", "listener", Map.of("return_type", "continue"),
                    "steps", List.of(StepTemplates.blank(kind, "new-step")));

            Workflow workflow = WorkflowDocument.read(document, ADDRESS);

            assertThat(workflow.steps()).singleElement().satisfies(step -> {
                assertThat(step.kind()).isEqualTo(kind);
                assertThat(step.id()).isEqualTo("new-step");
            });
            assertThat(StepForm.title(kind)).isNotBlank();
        }));
    }

    @Test
    void readsKeyValueLinesAndRefusesALineWithoutAName() {
        assertThat(StepForm.parsePairs("a: 1\n\nb: x: y\n")).contains(Map.of("a", "1", "b", "x: y"));
        assertThat(StepForm.parsePairs("no colon")).isEmpty();
        assertThat(StepForm.parsePairs(": value")).isEmpty();
    }

    @Test
    void copiesDocumentsIntoMutableMapsAndLists() {
        Map<String, Object> copy = StepTemplates.mutableCopy(Map.of("list", List.of(Map.of("k", "v"))));

        @SuppressWarnings("unchecked")
        List<Object> list = (List<Object>) copy.get("list");
        list.add("more");
        copy.put("added", true);

        assertThat(list).hasSize(2);
    }
}
