package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import io.dynamicendpoints.adminui.base.Confirmation;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.CopyButton;
import io.dynamicendpoints.adminui.base.JsonText;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.application.receive.TestWorkflow;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.ReplaceWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.annotation.Prototype;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates or edits one workflow ({@code workflows/new}, {@code workflows/<id>}): the settings form, the
 * step tree (edited visually), and the whole definition as JSON (api.md §6) to copy out or paste in. Saving
 * goes through the same use cases as the API, so every rule and every message is the same; leaving
 * with unsaved changes asks first. The "Test" tab runs a sample request through the saved workflow.
 */
@Route(value = ConsoleRoutes.WORKFLOWS, layout = MainLayout.class)
@Prototype
public final class WorkflowEditorView extends VerticalLayout
        implements HasUrlParameter<String>, BeforeLeaveObserver, HasDynamicTitle {

    public static final String NEW = "new";

    final WorkflowForm form = new WorkflowForm();
    final TextArea json = new TextArea("Workflow definition (JSON)");
    final TabSheet tabs = new TabSheet();
    final Button save = new Button("Save", VaadinIcon.CHECK.create());
    final Button applyJson = new Button("Apply JSON");
    final UnorderedList problems = new UnorderedList();
    final StepTreeEditor stepEditor = new StepTreeEditor(() -> stepsChanged = true);
    final TestPanel testPanel;

    private final transient ReadWorkflows readWorkflows;
    private final transient CreateWorkflow createWorkflow;
    private final transient ReplaceWorkflow replaceWorkflow;
    private final transient JsonMapper jsonMapper;
    private final H2 title = new H2();
    private final HorizontalLayout urlRow = new HorizontalLayout();
    private final Tab jsonTab;

    private WorkflowId id;
    private List<Object> steps = new ArrayList<>();
    private Map<String, Object> readOnlyListenerFields = Map.of();
    private boolean importedChanges;
    private boolean stepsChanged;
    private String shownJson = "";

    public WorkflowEditorView(ReadWorkflows readWorkflows, CreateWorkflow createWorkflow,
                              ReplaceWorkflow replaceWorkflow, TestWorkflow testWorkflow, JsonMapper jsonMapper) {
        this.readWorkflows = readWorkflows;
        this.createWorkflow = createWorkflow;
        this.replaceWorkflow = replaceWorkflow;
        this.jsonMapper = jsonMapper;
        this.testPanel = new TestPanel(testWorkflow,
                () -> id == null ? Optional.empty() : Optional.of(readWorkflows.one(id)), this::hasUnsavedChanges);
        setId("workflow-editor-view");
        setSizeFull();

        urlRow.setId("workflow-url");
        urlRow.setAlignItems(Alignment.CENTER);
        urlRow.setSpacing(false);
        problems.setId("workflow-problems");
        problems.addClassName("problems");
        problems.getElement().setAttribute("role", "alert");
        problems.setVisible(false);

        tabs.setId("editor-tabs");
        tabs.setWidthFull();
        Tab settingsTab = tabs.add("Settings", form);
        settingsTab.setId("tab-settings");
        Tab stepsTab = tabs.add("Steps", stepEditor);
        stepsTab.setId("tab-steps");
        jsonTab = tabs.add("JSON", createJsonPanel());
        jsonTab.setId("tab-json");
        Tab testTab = tabs.add("Test", testPanel);
        testTab.setId("tab-test");
        tabs.addSelectedChangeListener(change -> {
            if (change.getSelectedTab() == jsonTab) {
                showJson();
            }
        });
        add(createToolbar(), urlRow, problems, tabs);
    }

    private Component createToolbar() {
        Button back = new Button("Endpoints", VaadinIcon.ARROW_LEFT.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(ConsoleRoutes.ENDPOINTS)));
        back.setId("back-to-list");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        save.setId("save-workflow");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        save.setTooltipText("Save (Ctrl+S)");
        save.addClickListener(click -> save());
        title.setId("workflow-title");
        HorizontalLayout toolbar = new HorizontalLayout(back, title, save);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(title);
        return toolbar;
    }

    private Component createJsonPanel() {
        json.setId("workflow-json");
        json.setWidthFull();
        json.setMinHeight("24rem");
        json.addClassName("code");
        json.setHelperText("Copy this to keep or move the definition; paste a definition and press “Apply JSON” "
                + "to import it, then save. The URL hashes are never taken from here.");
        json.getElement().setAttribute("spellcheck", "false");
        applyJson.setId("apply-json");
        applyJson.addClickListener(click -> applyJson());
        CopyButton copy = new CopyButton("JSON", "");
        copy.setId("copy-json");
        json.addValueChangeListener(change -> copy.setText(change.getValue()));
        HorizontalLayout actions = new HorizontalLayout(applyJson, copy);
        actions.setAlignItems(Alignment.CENTER);
        VerticalLayout panel = new VerticalLayout(json, actions);
        panel.setPadding(false);
        return panel;
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            id = null;
            load(WorkflowFormData.blank(), new ArrayList<>(), Map.of(), null);
            title.setText("New endpoint");
            return;
        }
        try {
            WorkflowView view = readWorkflows.one(new WorkflowId(Long.parseLong(parameter)));
            loaded(view);
        } catch (NumberFormatException | WorkflowNotFoundException e) {
            Notification.show("No endpoint with id " + parameter, 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            event.forwardTo(ConsoleRoutes.ENDPOINTS);
        } catch (IllegalArgumentException e) {
            event.forwardTo(ConsoleRoutes.ENDPOINTS);
        }
    }

    @Override
    public String getPageTitle() {
        return (id == null ? "New endpoint" : title.getText()) + " · Dynamic Endpoints";
    }

    @SuppressWarnings("unchecked")
    private void loaded(WorkflowView view) {
        id = view.workflow().requireId();
        Map<String, Object> document = view.document();
        Map<String, Object> listener = (Map<String, Object>) document.get("listener");
        Map<String, Object> readOnly = new LinkedHashMap<>();
        for (String key : List.of("first_hash", "second_hash", "url")) {
            readOnly.put(key, listener.get(key));
        }
        load(WorkflowFormData.from(document), (List<Object>) document.get("steps"), readOnly, view.url());
        title.setText(view.workflow().name());
    }

    private void load(WorkflowFormData data, List<Object> loadedSteps, Map<String, Object> readOnly, String url) {
        form.read(data);
        steps = StepTemplates.mutableCopy(loadedSteps);
        stepEditor.setSteps(steps);
        readOnlyListenerFields = readOnly;
        importedChanges = false;
        stepsChanged = false;
        showProblems(Map.of());
        urlRow.removeAll();
        if (url != null) {
            Span link = new Span(url);
            link.addClassName("endpoint-url");
            CopyButton copy = new CopyButton("URL", url);
            copy.setId("copy-workflow-url");
            Span label = new Span("URL");
            label.addClassName("field-label");
            urlRow.add(label, link, copy);
        }
        urlRow.setVisible(url != null);
        testPanel.setUrl(url);
        if (tabs.getSelectedTab() == jsonTab) {
            showJson();
        }
    }

    /** The definition as it stands in the form (saved or not), with the read-only URL fields for reference. */
    @SuppressWarnings("unchecked")
    Map<String, Object> currentDocument() {
        Map<String, Object> document = new LinkedHashMap<>();
        if (id != null) {
            document.put("id", id.value());
        }
        Map<String, Object> body = form.draft().toDocument(steps);
        document.putAll(body);
        Map<String, Object> listener = new LinkedHashMap<>(readOnlyListenerFields);
        listener.putAll((Map<String, Object>) body.get("listener"));
        document.put("listener", listener);
        return document;
    }

    private void showJson() {
        shownJson = JsonText.pretty(currentDocument());
        json.setValue(shownJson);
        json.setInvalid(false);
    }

    /** Loads the pasted definition into the form and the steps; false (with the reason shown) when it is not usable. */
    @SuppressWarnings("unchecked")
    boolean applyJson() {
        Map<String, Object> document;
        try {
            document = jsonMapper.readValue(json.getValue(), Argument.mapOf(String.class, Object.class));
        } catch (IOException | RuntimeException e) {
            json.setErrorMessage("Not valid JSON: " + firstLine(e.getMessage()));
            json.setInvalid(true);
            return false;
        }
        if (document == null) {
            json.setErrorMessage("Expected a JSON object: {\"name\": …, \"listener\": {…}, \"steps\": […]}");
            json.setInvalid(true);
            return false;
        }
        Object rawSteps = document.get("steps");
        if (rawSteps != null && !(rawSteps instanceof List<?>)) {
            json.setErrorMessage("\"steps\" must be a list of steps");
            json.setInvalid(true);
            return false;
        }
        form.read(WorkflowFormData.from(document));
        steps = rawSteps == null ? new ArrayList<>() : StepTemplates.mutableCopy((List<Object>) rawSteps);
        stepEditor.setSteps(steps);
        importedChanges = true;
        json.setInvalid(false);
        showJson();
        Notification.show("Imported: check the settings, then save", 3000, Notification.Position.BOTTOM_START);
        return true;
    }

    void save() {
        if (tabs.getSelectedTab() == jsonTab && !json.getValue().equals(shownJson) && !applyJson()) {
            return;
        }
        Optional<WorkflowFormData> data = form.write();
        if (data.isEmpty()) {
            tabs.setSelectedIndex(0);
            notifyError("Check the marked fields");
            return;
        }
        Map<String, Object> document = data.get().toDocument(steps);
        try {
            boolean created = id == null;
            WorkflowView saved = created ? createWorkflow.create(document) : replaceWorkflow.replace(id, document);
            loaded(saved);
            if (created) {
                getUI().ifPresent(ui -> ui.getPage().getHistory().replaceState(null, ConsoleRoutes.WORKFLOWS + "/" + id.value()));
            }
            Notification.show("Saved “" + saved.workflow().name() + "”", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidWorkflowException e) {
            Map<String, String> rest = form.showViolations(e.violations(), this::showProblems);
            Map<String, String> ofSteps = new LinkedHashMap<>();
            rest.forEach((path, message) -> {
                if (path.startsWith("steps")) {
                    ofSteps.put(path, message);
                }
            });
            stepEditor.showViolations(ofSteps);
            if (rest.size() < e.violations().size()) {
                tabs.setSelectedIndex(0);
            }
            notifyError("Not saved: " + e.violations().size() + (e.violations().size() == 1 ? " problem" : " problems"));
        } catch (WorkflowNotFoundException e) {
            notifyError("This endpoint was deleted meanwhile");
        }
    }

    private void showProblems(Map<String, String> violations) {
        problems.removeAll();
        violations.forEach((path, message) -> problems.add(new ListItem(path + ": " + message)));
        problems.setVisible(!violations.isEmpty());
    }

    boolean hasUnsavedChanges() {
        return form.hasChanges() || importedChanges || stepsChanged;
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!hasUnsavedChanges()) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        Confirmation.ask("confirm-discard", "Leave without saving?",
                "Your changes to this endpoint are not saved and will be lost.", "Discard changes", action::proceed);
    }

    private static void notifyError(String text) {
        Notification.show(text, 4000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }

}
