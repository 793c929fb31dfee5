package io.dynamicendpoints.domain.workflow;

import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.Step;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aCondition;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataResponseStep;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraftWithSteps;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aStoreValueStep;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anotherAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkflowTest {

    @Nested
    class Name {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {" ", "\t\n"})
        void refusesMissingOrBlankName(String name) {
            assertThat(Violations.of(() -> Workflow.draft(name, "", RunMode.SYNC, aDataListener(""), List.of())))
                    .containsOnlyKeys("name");
        }

        @Test
        void refusesNameLongerThanTwoHundredCharacters() {
            assertThat(Violations.of(() -> Workflow.draft("n".repeat(201), "", RunMode.SYNC, aDataListener(""), List.of())))
                    .containsOnlyKeys("name");
        }

        @Test
        void acceptsNameOfExactlyTwoHundredCharacters() {
            assertThat(Workflow.draft("n".repeat(200), "", RunMode.SYNC, aDataListener(""), List.of()).name())
                    .hasSize(Workflow.MAX_NAME_LENGTH);
        }
    }

    @Nested
    class StepIds {

        @Test
        void refusesTheSameStepIdTwiceAtTheTop() {
            assertThat(Violations.of(() -> aDraftWithSteps(aStoreValueStep("a"), aStoreValueStep("a"))))
                    .containsOnlyKeys("steps")
                    .extractingByKey("steps").asString().contains("'a'");
        }

        @Test
        void refusesTheSameStepIdInDifferentBranchesDeepInTheTree() {
            Step yes = aStoreValueStep("first", aStoreValueStep("twin"));
            Step no = aStoreValueStep("second", aStoreValueStep("third", aDataResponseStep("twin", "")));

            assertThat(Violations.of(() -> aDraftWithSteps(aCondition("check", List.of(yes), List.of(no)))))
                    .containsOnlyKeys("steps")
                    .extractingByKey("steps").asString().contains("'twin'");
        }

        @Test
        void refusesAChildThatRepeatsTheIdOfItsParent() {
            assertThat(Violations.of(() -> aDraftWithSteps(aStoreValueStep("same", aStoreValueStep("same")))))
                    .containsOnlyKeys("steps");
        }

        @Test
        void refusesAStepThatRepeatsAnIdFromAnotherTopLevelTree() {
            assertThat(Violations.of(() -> aDraftWithSteps(
                    aCondition("check", List.of(aStoreValueStep("x")), List.of()),
                    aStoreValueStep("y", aStoreValueStep("x")))))
                    .containsOnlyKeys("steps");
        }

        @Test
        void acceptsDistinctIdsThroughoutTheTree() {
            Workflow workflow = aDraftWithSteps(
                    aCondition("check", List.of(aStoreValueStep("a", aDataResponseStep("b", ""))),
                            List.of(aDataResponseStep("c", ""))));

            assertThat(workflow.steps()).hasSize(1);
        }
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThat(Violations.of(() -> Workflow.draft(" ", "", RunMode.SYNC, aDataListener(""),
                List.of(aStoreValueStep("a"), aStoreValueStep("a")))))
                .containsOnlyKeys("name", "steps");
    }

    @Test
    void runsAsyncAndHasEmptyDescriptionAndNoStepsWhenNotSaid() {
        Workflow workflow = Workflow.draft("Hook", null, null, aDataListener(""), null);

        assertThat(workflow.runMode()).isEqualTo(RunMode.ASYNC);
        assertThat(workflow.description()).isEmpty();
        assertThat(workflow.steps()).isEmpty();
    }

    @Test
    void isNotAffectedByLaterChangesToTheStepListItWasBuiltFrom() {
        List<Step> steps = new ArrayList<>(List.of(aStoreValueStep("a")));
        Workflow workflow = Workflow.draft("Hook", "", RunMode.SYNC, aDataListener(""), steps);

        steps.add(aStoreValueStep("b"));

        assertThat(workflow.steps()).hasSize(1);
        assertThatThrownBy(() -> workflow.steps().add(aStoreValueStep("c")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void needsAListenerAndAnOptionalId() {
        assertThatThrownBy(() -> Workflow.draft("Hook", "", RunMode.SYNC, null, List.of()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Workflow(null, 0, "Hook", "", RunMode.SYNC, false, aDataListener(""), List.of()))
                .isInstanceOf(NullPointerException.class);
    }

    @Nested
    class Publishing {

        @Test
        void aDraftIsNotPublished() {
            assertThat(aDraft().published()).isFalse();
        }

        @Test
        void publishMarksItPublishedAndKeepsEverythingElse() {
            Workflow draft = aDraftWithSteps(aStoreValueStep("a")).stored(new WorkflowId(7), 3);

            Workflow published = draft.publish();

            assertThat(published.published()).isTrue();
            assertThat(published.unpublish()).isEqualTo(draft);
            assertThat(published).usingRecursiveComparison().ignoringFields("published").isEqualTo(draft);
        }

        @Test
        void unpublishTakesItOffline() {
            assertThat(aDraft().publish().unpublish().published()).isFalse();
        }

        @Test
        void keepsAnSseEndpointWithAsyncRunModeAsADraft() {
            Workflow draft = Workflow.draft("Stream", "", RunMode.ASYNC, aListener(ReturnType.SSE, ""), List.of());

            assertThat(draft.published()).isFalse();
            assertThat(draft.runProblems()).containsOnlyKeys("run_mode");
        }

        @Test
        void refusesToPublishAnSseEndpointThatRunsAsync() {
            Workflow draft = Workflow.draft("Stream", "", RunMode.ASYNC, aListener(ReturnType.SSE, ""), List.of());

            assertThat(Violations.of(draft::publish)).containsOnlyKeys("run_mode");
        }

        @Test
        void refusesToBuildAPublishedSseEndpointThatRunsAsync() {
            assertThat(Violations.of(() -> new Workflow(Optional.empty(), 0, "Stream", "", RunMode.ASYNC, true,
                    aListener(ReturnType.SSE, ""), List.of())))
                    .containsOnlyKeys("run_mode");
        }

        @Test
        void publishesAnSseEndpointThatRunsSync() {
            Workflow draft = Workflow.draft("Stream", "", RunMode.SYNC, aListener(ReturnType.SSE, ""), List.of());

            assertThat(draft.runProblems()).isEmpty();
            assertThat(draft.publish().published()).isTrue();
        }

        @Test
        void refusesToPublishWhenAuthenticationIsOnWithoutSecret() {
            EndpointListener listener = aDataListener("").withJwt(new JwtRequirement(true, "issuer", EndpointSecret.NONE));

            assertThat(Violations.of(() -> aDraft(listener).publish())).containsOnlyKeys("listener.endpoint_secret");
        }

        @Test
        void refusesToPublishWhenAuthenticationIsOnWithoutKey() {
            EndpointListener listener = aDataListener("").withJwt(new JwtRequirement(true, " ", new EndpointSecret("s1")));

            assertThat(Violations.of(() -> aDraft(listener).publish())).containsOnlyKeys("listener.endpoint_secret");
        }

        @Test
        void publishesWhenAuthenticationHasKeyAndSecret() {
            EndpointListener listener = aDataListener("").withJwt(new JwtRequirement(true, "k1", new EndpointSecret("s1")));

            assertThat(aDraft(listener).publish().published()).isTrue();
        }
    }

    @Nested
    class Storage {

        @Test
        void aDraftHasNoIdAndRevisionZero() {
            Workflow draft = aDraft();

            assertThat(draft.id()).isEmpty();
            assertThat(draft.revision()).isZero();
            assertThatThrownBy(draft::requireId).isInstanceOf(IllegalStateException.class);
        }

        @Test
        void storedCarriesIdAndRevision() {
            Workflow stored = aDraft().stored(new WorkflowId(12), 4);

            assertThat(stored.requireId()).isEqualTo(new WorkflowId(12));
            assertThat(stored.revision()).isEqualTo(4);
            assertThat(stored).usingRecursiveComparison().ignoringFields("id", "revision").isEqualTo(aDraft());
        }

        @Test
        void withAddressChangesOnlyTheAddress() {
            Workflow moved = aDraft().withAddress(anotherAddress());

            assertThat(aDraft().address()).isEqualTo(anAddress());
            assertThat(moved.address()).isEqualTo(anotherAddress());
            assertThat(moved.withAddress(anAddress())).isEqualTo(aDraft());
        }
    }
}
