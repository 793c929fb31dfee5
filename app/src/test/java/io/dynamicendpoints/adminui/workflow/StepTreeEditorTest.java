package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.VirtualConditionStep;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._getRootItems;
import static com.github.mvysny.kaributesting.v10.GridKt._select;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The visual step tree: adding steps into branches, editing them in their form, moving, removing, violations. */
@MicronautTest(transactional = false)
class StepTreeEditorTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    ReadWorkflows readWorkflows;

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
        KaribuConsole.signIn("admin", Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void buildsAConditionWithAReplyOnEachBranchAndSavesIt() {
        WorkflowView workflow = createWorkflow.create(Map.of("name", unique("Tree"), "run_mode", "sync",
                "listener", Map.of("return_type", "continue")));
        WorkflowEditorView editor = open(workflow);
        StepTreeEditor steps = editor.stepEditor;

        _clickItemWithID(steps.addMenu, "add-step-virtual-condition");
        _setValue(_get(TextField.class, spec -> spec.withId("condition-left-0")), "{{ __data.email }}");
        StepNode condition = _getRootItems(steps.tree).getFirst();
        _select(steps.tree, condition.children().get(0));
        _clickItemWithID(steps.addMenu, "add-step-endpoint-response");
        _setValue(_get(TextArea.class, spec -> spec.withId("step-return-data")), "{\"status\": \"ok\"}");
        _select(steps.tree, _getRootItems(steps.tree).getFirst().children().get(1));
        _clickItemWithID(steps.addMenu, "add-step-endpoint-response");
        _setValue(_get(TextField.class, spec -> spec.withId("step-id")), "reject");
        assertThat(editor.hasUnsavedChanges()).isTrue();
        _click(editor.save);

        List<Step> saved = readWorkflows.one(workflow.workflow().requireId()).workflow().steps();
        assertThat(saved).hasSize(1);
        VirtualConditionStep stored = (VirtualConditionStep) saved.getFirst();
        assertThat(stored.id()).isEqualTo("virtual-condition-1");
        assertThat(stored.conditions().getFirst().left()).isEqualTo("{{ __data.email }}");
        assertThat(stored.yes()).singleElement().isInstanceOfSatisfying(EndpointResponseStep.class,
                reply -> assertThat(reply.returnData()).isEqualTo("{\"status\": \"ok\"}"));
        assertThat(stored.no()).singleElement().extracting(Step::id).isEqualTo("reject");
    }

    @Test
    void addsUnderAnActionMovesAndRemovesSteps() {
        WorkflowEditorView editor = openNew();
        StepTreeEditor steps = editor.stepEditor;

        _clickItemWithID(steps.addMenu, "add-step-store-value");
        _clickItemWithID(steps.addMenu, "add-step-create-record");
        assertThat(_getRootItems(steps.tree).getFirst().children()).extracting(StepNode::label)
                .containsExactly("create-record-1");
        steps.tree.asSingleSelect().clear();
        _clickItemWithID(steps.addMenu, "add-step-sse-event");
        assertThat(_getRootItems(steps.tree)).extracting(StepNode::label).containsExactly("store-value-1", "sse-event-1");

        _click(steps.moveUp);
        assertThat(_getRootItems(steps.tree)).extracting(StepNode::label).containsExactly("sse-event-1", "store-value-1");

        _select(steps.tree, _getRootItems(steps.tree).get(1));
        _click(steps.remove);
        _click(_get(Button.class, spec -> spec.withId("confirm-remove-step-confirm")));
        assertThat(_getRootItems(steps.tree)).extracting(StepNode::label).containsExactly("sse-event-1");
    }

    @Test
    void movesAStepWithTheStepsUnderItToTheOtherBranchAndSavesIt() {
        WorkflowView workflow = createWorkflow.create(Map.of("name", unique("Mover"), "run_mode", "sync",
                "listener", Map.of("return_type", "continue"),
                "steps", List.of(Map.of("id", "known", "type", "virtual_condition", "match", "all",
                        "conditions", List.of(Map.of("left", "{{ __data.email }}", "operator", "is_not_empty", "right", "")),
                        "yes", List.of(Map.of("id", "remember", "type", "store_value", "name", "seen", "value", "yes",
                                "then", List.of(Map.of("id", "ack", "type", "endpoint_response", "return_type", "data",
                                        "return_data", "{}")))),
                        "no", List.of()))));
        WorkflowEditorView editor = open(workflow);
        StepTreeEditor steps = editor.stepEditor;

        _select(steps.tree, _getRootItems(steps.tree).getFirst().children().get(0).children().getFirst());
        _clickItemWithID(steps.moveTo, "move-to-known-no");
        _click(editor.save);

        VirtualConditionStep stored = (VirtualConditionStep) readWorkflows.one(workflow.workflow().requireId())
                .workflow().steps().getFirst();
        assertThat(stored.yes()).isEmpty();
        assertThat(stored.no()).extracting(Step::id).containsExactly("remember");
        assertThat(stored.no().getFirst().children()).extracting(Step::id).containsExactly("ack");
    }

    @Test
    void movesAStepOutToTheTopLevelButNeverIntoItself() {
        WorkflowEditorView editor = openNew();
        StepTreeEditor steps = editor.stepEditor;
        _clickItemWithID(steps.addMenu, "add-step-store-value");
        _clickItemWithID(steps.addMenu, "add-step-create-record");

        _select(steps.tree, _getRootItems(steps.tree).getFirst());
        assertThat(steps.moveTo.isEnabled()).isFalse(); // its only other list is its own then
        _select(steps.tree, _getRootItems(steps.tree).getFirst().children().getFirst());
        _clickItemWithID(steps.moveTo, "move-to-top");

        assertThat(_getRootItems(steps.tree)).extracting(StepNode::label).containsExactly("store-value-1", "create-record-1");
        assertThat(steps.tree.asSingleSelect().getValue().label()).isEqualTo("create-record-1");
        assertThat(editor.hasUnsavedChanges()).isTrue();
    }

    @Test
    void flagsADuplicateIdAndABadEntityWhileTyping() {
        WorkflowEditorView editor = openNew();
        StepTreeEditor steps = editor.stepEditor;
        _clickItemWithID(steps.addMenu, "add-step-store-value");
        _clickItemWithID(steps.addMenu, "add-step-create-record");

        TextField id = _get(TextField.class, spec -> spec.withId("step-id"));
        _setValue(id, "store-value-1");
        TextField entity = _get(TextField.class, spec -> spec.withId("step-entity"));
        _setValue(entity, "2 notes");

        assertThat(id.isInvalid()).isTrue();
        assertThat(id.getErrorMessage()).contains("already has the id");
        assertThat(entity.isInvalid()).isTrue();
    }

    @Test
    void showsTheApplicationsStepViolationsOnTheRowAndTheField() {
        WorkflowEditorView editor = openNew();
        editor.form.name.setValue(unique("Refused"));
        StepTreeEditor steps = editor.stepEditor;
        _clickItemWithID(steps.addMenu, "add-step-http-request");
        _setValue(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("step-timeout-ms")), 0);

        _click(editor.save);

        StepNode request = _getRootItems(steps.tree).getFirst();
        assertThat(com.github.mvysny.kaributesting.v10.GridKt._getFormatted(steps.tree, 0, "problems"))
                .contains("timeout_ms");
        _select(steps.tree, request);
        assertThat(_get(com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("step-timeout-ms"))
                .isInvalid()).isTrue();
    }

    @Test
    void editsKeyValueFieldsAsLines() {
        WorkflowEditorView editor = openNew();
        editor.form.name.setValue(unique("Record"));
        _clickItemWithID(editor.stepEditor.addMenu, "add-step-create-record");
        _setValue(_get(TextArea.class, spec -> spec.withId("step-fields")),
                "contact_email: {{ __data.email }}\nbody: Invoice: {{ __data.amount }}");

        _click(editor.save);

        WorkflowView saved = readWorkflows.all().stream()
                .filter(view -> view.workflow().name().equals(editor.form.name.getValue())).findFirst().orElseThrow();
        assertThat(((CreateRecordStep) saved.workflow().steps().getFirst()).fields())
                .containsEntry("contact_email", "{{ __data.email }}")
                .containsEntry("body", "Invoice: {{ __data.amount }}");
    }

    private static WorkflowEditorView openNew() {
        UI.getCurrent().navigate(WorkflowEditorView.class, WorkflowEditorView.NEW);
        return onStepsTab(_get(WorkflowEditorView.class));
    }

    private static WorkflowEditorView open(WorkflowView workflow) {
        UI.getCurrent().navigate(WorkflowEditorView.class, String.valueOf(workflow.workflow().requireId().value()));
        return onStepsTab(_get(WorkflowEditorView.class));
    }

    private static WorkflowEditorView onStepsTab(WorkflowEditorView editor) {
        editor.tabs.setSelectedIndex(1);
        return editor;
    }

    private static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
