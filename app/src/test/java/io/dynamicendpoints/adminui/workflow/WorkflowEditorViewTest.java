package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.adminui.endpoint.EndpointListView;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.StepKind;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._getRootItems;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** The workflow editor: the form's visibility rules and validation, saving, JSON import/export, leaving. */
@MicronautTest(transactional = false)
class WorkflowEditorViewTest {

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
    void showsOnlyTheReplyFieldTheReturnTypeNeeds() {
        WorkflowForm form = openNew().form;

        assertThat(visibleReplyFields(form)).containsExactly("data");
        _setValue(form.returnType, ReturnType.HTML);
        assertThat(visibleReplyFields(form)).containsExactly("html");
        _setValue(form.returnType, ReturnType.REDIRECT);
        assertThat(visibleReplyFields(form)).containsExactly("redirect");
        _setValue(form.returnType, ReturnType.CONTINUE);
        assertThat(visibleReplyFields(form)).isEmpty();
        _setValue(form.returnType, ReturnType.SSE);
        assertThat(visibleReplyFields(form)).isEmpty();
        assertThat(form.returnType.getHelperText()).contains("Sync");
    }

    @Test
    void showsTokenSettingsOnlyWithAuthenticationAndOriginsOnlyWithCors() {
        WorkflowForm form = openNew().form;
        assertThat(form.endpointKey.isVisible()).isFalse();
        assertThat(form.endpointSecret.isVisible()).isFalse();
        assertThat(form.corsDomains.isVisible()).isFalse();

        _setValue(form.addAuthentication, true);
        _setValue(form.allowCors, true);

        assertThat(form.endpointKey.isVisible()).isTrue();
        assertThat(form.endpointSecret.isVisible()).isTrue();
        assertThat(form.requireExp.isVisible()).isTrue();
        assertThat(form.corsDomains.isVisible()).isTrue();
        assertThat(form.strictPreflightAuth.isVisible()).isTrue();
    }

    @Test
    void createsAnEndpointFromTheFormWithGeneratedCredentials() {
        WorkflowEditorView editor = openNew();
        String name = uniqueName("Created");
        _setValue(editor.form.name, name);
        _setValue(editor.form.runMode, RunMode.SYNC);
        _setValue(editor.form.returnData, "{\"ok\": \"{{ __data.ref }}\"}");
        _setValue(editor.form.addAuthentication, true);

        _click(editor.save);

        WorkflowView saved = find(name).orElseThrow();
        assertThat(saved.workflow().runMode()).isEqualTo(RunMode.SYNC);
        assertThat(saved.workflow().published()).isFalse();
        assertThat(saved.workflow().listener().returnData()).isEqualTo("{\"ok\": \"{{ __data.ref }}\"}");
        assertThat(saved.workflow().listener().jwt().endpointKey()).hasSize(32);
        assertThat(saved.workflow().listener().jwt().endpointSecret().template()).hasSize(64);
        assertThat(KaribuConsole.lastNotification()).contains("Saved");
        assertThat(editor.hasUnsavedChanges()).isFalse();
    }

    @Test
    void requiresANameBeforeAskingTheApplication() {
        WorkflowEditorView editor = openNew();

        _click(editor.save);

        assertThat(editor.form.name.isInvalid()).isTrue();
        assertThat(editor.form.name.getErrorMessage()).contains("name");
        assertThat(KaribuConsole.lastNotification()).contains("Check the marked fields");
    }

    @Test
    void showsTheApplicationsViolationOnItsField() {
        WorkflowEditorView editor = openNew();
        String name = uniqueName("Broken template");
        _setValue(editor.form.name, name);
        _setValue(editor.form.returnData, "{{ __data.ref ");

        _click(editor.save);

        assertThat(editor.form.returnData.isInvalid()).isTrue();
        assertThat(editor.form.returnData.getErrorMessage()).contains("does not parse");
        assertThat(find(name)).isEmpty();
    }

    @Test
    void editsAnExistingEndpointAndKeepsItsUrlAndHiddenSecret() {
        WorkflowView existing = createWorkflow.create(document(uniqueName("Existing"), true));
        String secret = existing.workflow().listener().jwt().endpointSecret().template();
        WorkflowEditorView editor = open(existing);

        assertThat(editor.form.endpointSecret.isRevealed()).isFalse();
        assertThat(_get(editor.form.endpointSecret, com.vaadin.flow.component.textfield.TextField.class).getValue())
                .doesNotContain(secret);
        _setValue(editor.form.description, "now with a description");
        _click(editor.save);

        WorkflowView saved = readWorkflows.one(existing.workflow().requireId());
        assertThat(saved.workflow().description()).isEqualTo("now with a description");
        assertThat(saved.url()).isEqualTo(existing.url());
        assertThat(saved.workflow().listener().jwt().endpointSecret().template()).isEqualTo(secret);

        editor.form.endpointSecret.reveal();
        assertThat(editor.form.endpointSecret.getValue()).isEqualTo(secret);
    }

    @Test
    void savingTheFormKeepsTheListenerSettingsItDoesNotShow() {
        Map<String, Object> document = document(uniqueName("Masked"), false);
        @SuppressWarnings("unchecked")
        Map<String, Object> listener = (Map<String, Object>) document.get("listener");
        listener.put("mask_headers", "x-partner-hmac");
        listener.put("mask_query", "ticket");
        listener.put("request_log_retention_days", 7);
        WorkflowView existing = createWorkflow.create(document);
        WorkflowEditorView editor = open(existing);

        _setValue(editor.form.description, "still masked");
        _click(editor.save);

        WorkflowView saved = readWorkflows.one(existing.workflow().requireId());
        assertThat(saved.workflow().description()).isEqualTo("still masked");
        assertThat(saved.workflow().listener().logMasking().headers()).containsExactly("x-partner-hmac");
        assertThat(saved.workflow().listener().logMasking().queryParameters()).containsExactly("ticket");
        assertThat(saved.workflow().listener().requestLogRetention()).contains(java.time.Duration.ofDays(7));
    }

    @Test
    void exportsTheDefinitionAsJson() {
        WorkflowView existing = createWorkflow.create(document(uniqueName("Exported"), false));
        WorkflowEditorView editor = open(existing);

        editor.tabs.setSelectedIndex(2);

        assertThat(editor.json.getValue())
                .contains("\"name\": \"" + existing.workflow().name() + "\"")
                .contains("\"url\": \"" + existing.url() + "\"")
                .contains("\"return_type\": \"data\"");
    }

    @Test
    void importsADefinitionWithStepsFromJsonAndSavesIt() {
        WorkflowEditorView editor = openNew();
        String name = uniqueName("Imported");
        editor.tabs.setSelectedIndex(2);
        _setValue(editor.json, """
                {"name": "%s", "run_mode": "sync",
                 "listener": {"return_type": "continue"},
                 "steps": [{"id": "has-email", "type": "virtual_condition", "match": "all",
                            "conditions": [{"left": "{{ __data.email }}", "operator": "is_not_empty", "right": ""}],
                            "yes": [{"id": "ack", "type": "endpoint_response", "return_type": "data",
                                     "return_data": "{\\"status\\": \\"ok\\"}"}],
                            "no": []}]}
                """.formatted(name));

        _click(editor.applyJson);
        assertThat(editor.form.name.getValue()).isEqualTo(name);
        assertThat(editor.form.returnType.getValue()).isEqualTo(ReturnType.CONTINUE);
        assertThat(editor.hasUnsavedChanges()).isTrue();
        _click(editor.save);

        WorkflowView saved = find(name).orElseThrow();
        assertThat(saved.workflow().steps()).hasSize(1);
        assertThat(saved.workflow().steps().getFirst().kind()).isEqualTo(StepKind.VIRTUAL_CONDITION);
        editor.tabs.setSelectedIndex(1);
        assertThat(_getRootItems(editor.stepEditor.tree)).extracting(StepNode::label).containsExactly("has-email");
        assertThat(_getRootItems(editor.stepEditor.tree).getFirst().children())
                .extracting(StepNode::label).containsExactly("yes", "no");
    }

    @Test
    void listsStepViolationsThatBelongToNoFormField() {
        WorkflowEditorView editor = openNew();
        editor.tabs.setSelectedIndex(2);
        _setValue(editor.json, """
                {"name": "%s", "listener": {"return_type": "data"},
                 "steps": [{"id": "bad", "type": "create_record", "entity": "", "fields": {}}]}
                """.formatted(uniqueName("Bad step")));

        _click(editor.save);

        assertThat(editor.problems.isVisible()).isTrue();
        assertThat(com.github.mvysny.kaributesting.v10.BasicUtilsKt.get_textRecursively(editor.problems))
                .contains("steps[0].entity");
    }

    @Test
    void refusesJsonThatDoesNotParse() {
        WorkflowEditorView editor = openNew();
        editor.tabs.setSelectedIndex(2);
        _setValue(editor.json, "{\"name\": ");

        _click(editor.applyJson);

        assertThat(editor.json.isInvalid()).isTrue();
        assertThat(editor.json.getErrorMessage()).startsWith("Not valid JSON");
    }

    @Test
    void asksBeforeLeavingWithUnsavedChanges() {
        WorkflowEditorView editor = openNew();
        _setValue(editor.form.name, "Half-finished");

        _click(_get(Button.class, spec -> spec.withId("back-to-list")));

        expectView(WorkflowEditorView.class);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-discard")).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-discard-confirm")));
        expectView(EndpointListView.class);
    }

    @Test
    void leavesWithoutAskingWhenNothingChanged() {
        openNew();

        _click(_get(Button.class, spec -> spec.withId("back-to-list")));

        expectView(EndpointListView.class);
    }

    private static WorkflowEditorView openNew() {
        UI.getCurrent().navigate(WorkflowEditorView.class, WorkflowEditorView.NEW);
        return _get(WorkflowEditorView.class);
    }

    private static WorkflowEditorView open(WorkflowView workflow) {
        UI.getCurrent().navigate(WorkflowEditorView.class, String.valueOf(workflow.workflow().requireId().value()));
        return _get(WorkflowEditorView.class);
    }

    private Optional<WorkflowView> find(String name) {
        return readWorkflows.all().stream().filter(view -> view.workflow().name().equals(name)).findFirst();
    }

    private static List<String> visibleReplyFields(WorkflowForm form) {
        List<String> visible = new java.util.ArrayList<>();
        if (form.returnData.isVisible()) {
            visible.add("data");
        }
        if (form.returnHtml.isVisible()) {
            visible.add("html");
        }
        if (form.returnRedirect.isVisible()) {
            visible.add("redirect");
        }
        return visible;
    }

    private static Map<String, Object> document(String name, boolean authentication) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", "{\"status\": \"received\"}");
        listener.put("add_authentication", authentication);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("listener", listener);
        return document;
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
