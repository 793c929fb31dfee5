package io.dynamicendpoints.adminui.workflow;

import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.RunMode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the settings form edits: the workflow's own fields and its listener's, as the buffered binder
 * needs them (mutable, UI-side). It is read from and turned back into the api.md §6 document, the shape
 * the use cases take, so the form never binds domain records.
 */
final class WorkflowFormData {

    private String name = "";
    private String description = "";
    private RunMode runMode = RunMode.ASYNC;
    private boolean published;
    private ReturnType returnType = ReturnType.DATA;
    private String returnData = "";
    private String returnHtml = "";
    private String returnRedirect = "";
    private boolean addAuthentication;
    private String endpointKey = "";
    private String endpointSecret = "";
    private boolean requireExp = true;
    private Integer maxTokenLifetime = 0;
    private boolean allowCors;
    private String corsDomains = "";
    private boolean strictPreflightAuth;
    /** Listener settings the form does not edit, handed back as they came so that saving keeps them. */
    private Map<String, Object> kept = Map.of();

    /** A new endpoint: answers JSON, async, no authentication, no CORS. */
    static WorkflowFormData blank() {
        WorkflowFormData data = new WorkflowFormData();
        data.returnData = "{\"status\": \"received\"}";
        return data;
    }

    @SuppressWarnings("unchecked")
    static WorkflowFormData from(Map<String, Object> document) {
        WorkflowFormData data = new WorkflowFormData();
        data.name = text(document.get("name"));
        data.description = text(document.get("description"));
        data.runMode = RunMode.fromExternalName(text(document.get("run_mode"))).orElse(RunMode.ASYNC);
        data.published = Boolean.TRUE.equals(document.get("published"));
        Map<String, Object> listener = document.get("listener") instanceof Map<?, ?> map
                ? (Map<String, Object>) map : Map.of();
        data.returnType = ReturnType.fromExternalName(text(listener.get("return_type"))).orElse(ReturnType.DATA);
        data.returnData = text(listener.get("return_data"));
        data.returnHtml = text(listener.get("return_html"));
        data.returnRedirect = text(listener.get("return_redirect"));
        data.addAuthentication = Boolean.TRUE.equals(listener.get("add_authentication"));
        data.endpointKey = text(listener.get("endpoint_key"));
        data.endpointSecret = text(listener.get("endpoint_secret"));
        data.requireExp = !Boolean.FALSE.equals(listener.get("require_exp"));
        data.maxTokenLifetime = listener.get("max_token_lifetime") instanceof Number n ? n.intValue() : 0;
        data.allowCors = Boolean.TRUE.equals(listener.get("allow_cors"));
        data.corsDomains = text(listener.get("cors_domains"));
        data.strictPreflightAuth = Boolean.TRUE.equals(listener.get("strict_preflight_auth"));
        Map<String, Object> kept = new LinkedHashMap<>();
        for (String name : List.of("request_log_retention_days", "mask_headers", "mask_query")) {
            if (listener.get(name) != null) {
                kept.put(name, listener.get(name));
            }
        }
        data.kept = kept;
        return data;
    }

    /** The document the use cases take; {@code steps} come from the editor, unchanged. */
    Map<String, Object> toDocument(List<Object> steps) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", returnType.externalName());
        listener.put("return_data", returnData);
        listener.put("return_html", returnHtml);
        listener.put("return_redirect", returnRedirect);
        listener.put("add_authentication", addAuthentication);
        listener.put("endpoint_key", endpointKey);
        listener.put("endpoint_secret", endpointSecret);
        listener.put("require_exp", requireExp);
        listener.put("max_token_lifetime", maxTokenLifetime == null ? 0 : maxTokenLifetime);
        listener.put("allow_cors", allowCors);
        listener.put("cors_domains", corsDomains);
        listener.put("strict_preflight_auth", strictPreflightAuth);
        listener.putAll(kept);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("description", description);
        document.put("run_mode", runMode.externalName());
        document.put("published", published);
        document.put("listener", listener);
        document.put("steps", steps);
        return document;
    }

    private static String text(Object value) {
        return value == null ? "" : String.valueOf(value);
    }

    String getName() { return name; }
    void setName(String name) { this.name = name; }
    String getDescription() { return description; }
    void setDescription(String description) { this.description = description; }
    RunMode getRunMode() { return runMode; }
    void setRunMode(RunMode runMode) { this.runMode = runMode; }
    boolean isPublished() { return published; }
    void setPublished(boolean published) { this.published = published; }
    ReturnType getReturnType() { return returnType; }
    void setReturnType(ReturnType returnType) { this.returnType = returnType; }
    String getReturnData() { return returnData; }
    void setReturnData(String returnData) { this.returnData = returnData; }
    String getReturnHtml() { return returnHtml; }
    void setReturnHtml(String returnHtml) { this.returnHtml = returnHtml; }
    String getReturnRedirect() { return returnRedirect; }
    void setReturnRedirect(String returnRedirect) { this.returnRedirect = returnRedirect; }
    boolean isAddAuthentication() { return addAuthentication; }
    void setAddAuthentication(boolean addAuthentication) { this.addAuthentication = addAuthentication; }
    String getEndpointKey() { return endpointKey; }
    void setEndpointKey(String endpointKey) { this.endpointKey = endpointKey; }
    String getEndpointSecret() { return endpointSecret; }
    void setEndpointSecret(String endpointSecret) { this.endpointSecret = endpointSecret; }
    boolean isRequireExp() { return requireExp; }
    void setRequireExp(boolean requireExp) { this.requireExp = requireExp; }
    Integer getMaxTokenLifetime() { return maxTokenLifetime; }
    void setMaxTokenLifetime(Integer maxTokenLifetime) { this.maxTokenLifetime = maxTokenLifetime; }
    boolean isAllowCors() { return allowCors; }
    void setAllowCors(boolean allowCors) { this.allowCors = allowCors; }
    String getCorsDomains() { return corsDomains; }
    void setCorsDomains(String corsDomains) { this.corsDomains = corsDomains; }
    boolean isStrictPreflightAuth() { return strictPreflightAuth; }
    void setStrictPreflightAuth(boolean strictPreflightAuth) { this.strictPreflightAuth = strictPreflightAuth; }
}
