package io.dynamicendpoints.adminui.workflow;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import io.dynamicendpoints.adminui.base.SecretField;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The workflow's settings and its listener's: name, run mode, how the endpoint answers and who may
 * call it. Like the product, it shows only the reply field the chosen return type uses, and the key,
 * secret and CORS origins only when their switch is on. Buffered: nothing changes until
 * {@link #write()} succeeds.
 */
final class WorkflowForm extends Composite<FormLayout> {

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final Select<RunMode> runMode = new Select<>();
    final Select<ReturnType> returnType = new Select<>();
    final TextArea returnData = new TextArea("Reply data (JSON, XML or HTML template)");
    final TextArea returnHtml = new TextArea("Reply HTML (template)");
    final TextField returnRedirect = new TextField("Redirect to (URL template)");
    final Checkbox addAuthentication = new Checkbox("Require a signed token (JWT)");
    final TextField endpointKey = new TextField("Endpoint key (JWT issuer)");
    final SecretField endpointSecret = new SecretField("Endpoint secret (HMAC key)");
    final Checkbox requireExp = new Checkbox("Refuse tokens without an expiry (exp)");
    final IntegerField maxTokenLifetime = new IntegerField("Longest token lifetime (seconds, 0 = no limit)");
    final Checkbox allowCors = new Checkbox("Allow calls from browsers on other sites (CORS)");
    final TextField corsDomains = new TextField("Allowed origins");
    final Checkbox strictPreflightAuth = new Checkbox("Preflight requests need a token too");

    private final Binder<WorkflowFormData> binder = new Binder<>();
    private final Map<String, HasValidation> fieldsByPath = new LinkedHashMap<>();
    private WorkflowFormData data = WorkflowFormData.blank();

    WorkflowForm() {
        FormLayout form = getContent();
        form.setId("workflow-form");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 2));
        configureFields();
        bindFields();
        H3 listenerHeading = new H3("How the endpoint answers");
        H3 accessHeading = new H3("Who may call it");
        form.add(name, runMode, description, listenerHeading, returnType, returnData, returnHtml, returnRedirect,
                accessHeading, addAuthentication, endpointKey, endpointSecret, requireExp, maxTokenLifetime,
                allowCors, corsDomains, strictPreflightAuth);
        form.setColspan(description, 2);
        for (Component wide : List.of(listenerHeading, accessHeading, returnData, returnHtml, returnRedirect,
                addAuthentication, allowCors)) {
            form.setColspan(wide, 2);
        }
        returnType.addValueChangeListener(change -> showRelevantFields());
        addAuthentication.addValueChangeListener(change -> showRelevantFields());
        allowCors.addValueChangeListener(change -> showRelevantFields());
        showRelevantFields();
    }

    private void configureFields() {
        name.setId("workflow-name");
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(Workflow.MAX_NAME_LENGTH);
        description.setId("workflow-description");
        runMode.setId("workflow-run-mode");
        runMode.setLabel("Run mode");
        runMode.setItems(RunMode.values());
        runMode.setItemLabelGenerator(mode -> switch (mode) {
            case ASYNC -> "Async: steps run in the background (recommended)";
            case SYNC -> "Sync: the caller waits for the steps";
        });
        returnType.setId("listener-return-type");
        returnType.setLabel("Return type");
        returnType.setItems(ReturnType.values());
        returnType.setItemLabelGenerator(type -> switch (type) {
            case DATA -> "data: a JSON, XML or HTML reply";
            case HTML -> "html: an HTML page";
            case REDIRECT -> "redirect: send the caller to a URL (302)";
            case CONTINUE -> "continue: a step answers";
            case SSE -> "sse: stream events to the caller";
        });
        returnData.setId("listener-return-data");
        returnData.setHelperText("Use {{ __data.field }} for values from the request.");
        returnData.addClassName("code");
        returnHtml.setId("listener-return-html");
        returnHtml.addClassName("code");
        returnRedirect.setId("listener-return-redirect");
        returnRedirect.setPlaceholder("https://example.com/thank-you?ref={{ __data.ref }}");
        addAuthentication.setId("listener-add-authentication");
        endpointKey.setId("listener-endpoint-key");
        endpointKey.setHelperText("Leave empty to generate one.");
        endpointSecret.setId("listener-endpoint-secret");
        endpointSecret.setHelperText("Leave empty to generate one (256 bits).");
        requireExp.setId("listener-require-exp");
        maxTokenLifetime.setId("listener-max-token-lifetime");
        maxTokenLifetime.setMin(0);
        maxTokenLifetime.setStepButtonsVisible(true);
        allowCors.setId("listener-allow-cors");
        corsDomains.setId("listener-cors-domains");
        corsDomains.setPlaceholder("https://app.example.com,https://staging.example.com or *");
        strictPreflightAuth.setId("listener-strict-preflight-auth");

        fieldsByPath.put("name", name);
        fieldsByPath.put("description", description);
        fieldsByPath.put("run_mode", runMode);
        fieldsByPath.put("listener.return_type", returnType);
        fieldsByPath.put("listener.return_data", returnData);
        fieldsByPath.put("listener.return_html", returnHtml);
        fieldsByPath.put("listener.return_redirect", returnRedirect);
        fieldsByPath.put("listener.endpoint_key", endpointKey);
        fieldsByPath.put("listener.endpoint_secret", endpointSecret);
        fieldsByPath.put("listener.max_token_lifetime", maxTokenLifetime);
        fieldsByPath.put("listener.cors_domains", corsDomains);
    }

    private void bindFields() {
        binder.forField(name).asRequired("A workflow needs a name")
                .withValidator(new StringLengthValidator("At most " + Workflow.MAX_NAME_LENGTH + " characters",
                        1, Workflow.MAX_NAME_LENGTH))
                .bind(WorkflowFormData::getName, WorkflowFormData::setName);
        binder.forField(description).bind(WorkflowFormData::getDescription, WorkflowFormData::setDescription);
        binder.forField(runMode).asRequired().bind(WorkflowFormData::getRunMode, WorkflowFormData::setRunMode);
        binder.forField(returnType).asRequired()
                .bind(WorkflowFormData::getReturnType, WorkflowFormData::setReturnType);
        binder.forField(returnData).bind(WorkflowFormData::getReturnData, WorkflowFormData::setReturnData);
        binder.forField(returnHtml).bind(WorkflowFormData::getReturnHtml, WorkflowFormData::setReturnHtml);
        binder.forField(returnRedirect)
                .withValidator(url -> returnType.getValue() != ReturnType.REDIRECT || !url.isBlank(),
                        "A redirect endpoint needs the URL to redirect to")
                .bind(WorkflowFormData::getReturnRedirect, WorkflowFormData::setReturnRedirect);
        binder.forField(addAuthentication)
                .bind(WorkflowFormData::isAddAuthentication, WorkflowFormData::setAddAuthentication);
        binder.forField(endpointKey).bind(WorkflowFormData::getEndpointKey, WorkflowFormData::setEndpointKey);
        binder.forField(endpointSecret).bind(WorkflowFormData::getEndpointSecret, WorkflowFormData::setEndpointSecret);
        binder.forField(requireExp).bind(WorkflowFormData::isRequireExp, WorkflowFormData::setRequireExp);
        binder.forField(maxTokenLifetime)
                .withNullRepresentation(0)
                .withValidator(seconds -> seconds == null || seconds >= 0, "Seconds, 0 for no limit")
                .bind(WorkflowFormData::getMaxTokenLifetime, WorkflowFormData::setMaxTokenLifetime);
        binder.forField(allowCors).bind(WorkflowFormData::isAllowCors, WorkflowFormData::setAllowCors);
        binder.forField(corsDomains).bind(WorkflowFormData::getCorsDomains, WorkflowFormData::setCorsDomains);
        binder.forField(strictPreflightAuth)
                .bind(WorkflowFormData::isStrictPreflightAuth, WorkflowFormData::setStrictPreflightAuth);
    }

    /** Only what the chosen settings use: one reply field, token settings with a token, origins with CORS. */
    void showRelevantFields() {
        ReturnType type = returnType.getValue();
        returnData.setVisible(type == ReturnType.DATA);
        returnHtml.setVisible(type == ReturnType.HTML);
        returnRedirect.setVisible(type == ReturnType.REDIRECT);
        returnRedirect.setRequiredIndicatorVisible(type == ReturnType.REDIRECT);
        boolean auth = addAuthentication.getValue();
        endpointKey.setVisible(auth);
        endpointSecret.setVisible(auth);
        requireExp.setVisible(auth);
        maxTokenLifetime.setVisible(auth);
        boolean cors = allowCors.getValue();
        corsDomains.setVisible(cors);
        strictPreflightAuth.setVisible(cors && auth);
        if (type == ReturnType.CONTINUE || type == ReturnType.SSE) {
            returnType.setHelperText(type == ReturnType.SSE
                    ? "The steps stream the reply; needs run mode Sync."
                    : "An endpoint response step produces the reply.");
        } else {
            returnType.setHelperText(null);
        }
    }

    void read(WorkflowFormData formData) {
        this.data = formData;
        binder.readBean(formData);
        clearViolations();
        showRelevantFields();
    }

    /** The edited data, or empty when a field is invalid (the field then says why). */
    java.util.Optional<WorkflowFormData> write() {
        WorkflowFormData copy = WorkflowFormData.from(data.toDocument(List.of()));
        return binder.writeBeanIfValid(copy) ? java.util.Optional.of(copy) : java.util.Optional.empty();
    }

    /** The current field values even when some are invalid, for showing the document as JSON. */
    WorkflowFormData draft() {
        WorkflowFormData copy = WorkflowFormData.from(data.toDocument(List.of()));
        binder.writeBeanAsDraft(copy, true);
        return copy;
    }

    boolean hasChanges() {
        return binder.hasChanges();
    }

    /**
     * Marks each field named in the application's violations ({@code listener.return_redirect} ...) and
     * passes on those that belong to no field of this form (steps), for the editor to show.
     */
    Map<String, String> showViolations(Map<String, String> violations, Consumer<Map<String, String>> others) {
        clearViolations();
        Map<String, String> rest = new LinkedHashMap<>();
        violations.forEach((path, message) -> {
            HasValidation field = fieldsByPath.get(path);
            if (field == null) {
                rest.put(path, message);
            } else {
                field.setErrorMessage(message);
                field.setInvalid(true);
                if (field instanceof Component component) {
                    component.setVisible(true);
                }
            }
        });
        others.accept(rest);
        return rest;
    }

    private void clearViolations() {
        fieldsByPath.values().forEach(field -> field.setInvalid(false));
    }
}
