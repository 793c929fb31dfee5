package io.dynamicendpoints.application;

import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.application.workflow.WorkflowDocument;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StepKind;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The checklist for adding a step kind (style.md §3), as far as this module can see it: every record
 * permitted by {@link Step} has its {@link StepKind} constant, and a fixture workflow
 * {@code workflows/<external_name>/basic.json} that {@link WorkflowDocument} reads and writes back
 * to the same workflow. A new kind without a fixture fails here, not in production.
 */
class StepKindCoverageTest {

    private static final JacksonJson JSON = new JacksonJson();
    private static final EndpointAddress ADDRESS = WorkflowFixtures.anAddress();

    @TestFactory
    Stream<DynamicTest> everyStepRecordHasAKindWithARoundTrippingFixture() {
        return Arrays.stream(Step.class.getPermittedSubclasses()).map(type -> DynamicTest.dynamicTest(
                type.getSimpleName(), () -> {
                    List<StepKind> kinds = Arrays.stream(StepKind.values())
                            .filter(kind -> hasFixture(kind))
                            .filter(kind -> stepsOfKind(readFixture(kind), kind).stream().anyMatch(type::isInstance))
                            .toList();
                    assertThat(kinds).as("the step kind whose fixture holds a %s", type.getSimpleName()).hasSize(1);
                    assertRoundTrips(kinds.get(0));
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyKindNamesExactlyOneStepRecord() {
        return Arrays.stream(StepKind.values()).map(kind -> DynamicTest.dynamicTest(kind.externalName(), () -> {
            Set<Class<?>> types = stepsOfKind(readFixture(kind), kind).stream()
                    .map(Object::getClass).collect(Collectors.toSet());
            assertThat(types).as("records of the steps of kind %s in its fixture", kind).hasSize(1);
            assertThat(Step.class.getPermittedSubclasses()).contains(types.iterator().next());
        }));
    }

    @Test
    void hasAsManyKindsAsStepRecords() {
        assertThat(StepKind.values()).hasSameSizeAs(Step.class.getPermittedSubclasses());
    }

    private static void assertRoundTrips(StepKind kind) {
        Workflow read = readFixture(kind);

        Workflow again = WorkflowDocument.read(parseObject(JSON.write(WorkflowDocument.write(read, null))), ADDRESS);

        assertThat(again).as("%s read, written as JSON text and read again", fixturePath(kind)).isEqualTo(read);
    }

    private static Workflow readFixture(StepKind kind) {
        return WorkflowDocument.read(parseObject(resource(fixturePath(kind))), ADDRESS);
    }

    private static boolean hasFixture(StepKind kind) {
        return StepKindCoverageTest.class.getResource(fixturePath(kind)) != null;
    }

    private static String fixturePath(StepKind kind) {
        return "/workflows/" + kind.externalName() + "/basic.json";
    }

    private static List<Step> stepsOfKind(Workflow workflow, StepKind kind) {
        List<Step> found = new ArrayList<>();
        Deque<Step> pending = new ArrayDeque<>(workflow.steps());
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            if (step.kind() == kind) {
                found.add(step);
            }
            pending.addAll(step.children());
        }
        return found;
    }

    private static String resource(String path) {
        try (InputStream in = StepKindCoverageTest.class.getResourceAsStream(path)) {
            assertThat(in).as("fixture %s", path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseObject(String text) {
        return (Map<String, Object>) JSON.parse(text);
    }
}
