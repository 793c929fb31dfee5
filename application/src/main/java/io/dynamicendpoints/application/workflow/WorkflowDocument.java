package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.LogMasking;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.FindRecordStep;
import io.dynamicendpoints.domain.step.HttpRequestStep;
import io.dynamicendpoints.domain.step.InvalidStepException;
import io.dynamicendpoints.domain.step.SseEventStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StepKind;
import io.dynamicendpoints.domain.step.StoreValueStep;
import io.dynamicendpoints.domain.step.UpdateRecordStep;
import io.dynamicendpoints.domain.step.VirtualConditionStep;
import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * The workflow JSON of api.md §6 as plain maps and lists, in both directions. It is the one mapping
 * between the outside shape and the domain: the HTTP API, storage and the console all go through it,
 * each adding only its own JSON text handling. Reading reports every bad field at once, keyed by its
 * path ({@code steps[0].yes[1].entity}).
 */
public final class WorkflowDocument {

    private WorkflowDocument() {
    }

    /**
     * Reads a definition. The hashes are not the caller's to choose, so the address comes from the
     * use case (new or kept); hashes in the document are ignored.
     *
     * @throws InvalidWorkflowException naming every field that is wrong
     */
    public static Workflow read(Map<String, Object> document, EndpointAddress address) {
        return read(document, address, UnaryOperator.identity());
    }

    /**
     * Reads a definition and lets the caller complete the listener (generated key and secret) before
     * the workflow's rules are checked, so that a published definition relying on generated
     * credentials is valid.
     */
    public static Workflow read(Map<String, Object> document, EndpointAddress address,
                                UnaryOperator<EndpointListener> completeListener) {
        Reader reader = new Reader();
        Map<String, Object> doc = document == null ? Map.of() : document;
        String name = reader.string(doc, "name", "name", "");
        String description = reader.string(doc, "description", "description", "");
        RunMode runMode = reader.choice(doc, "run_mode", "run_mode", RunMode.ASYNC, RunMode::fromExternalName,
                "sync or async");
        boolean published = reader.bool(doc, "published", "published", false);
        EndpointListener listener = reader.listener(reader.object(doc, "listener", "listener"), address);
        List<Step> steps = reader.steps(doc.get("steps"), "steps");
        if (!reader.violations.isEmpty() || listener == null) {
            // Also name what the workflow's own rules would refuse, so one answer lists every problem.
            if (name.isBlank()) {
                reader.violations.putIfAbsent("name", "A workflow needs a name");
            }
            Workflow.duplicateStepId(steps).ifPresent(duplicate -> reader.violations.putIfAbsent("steps",
                    "Step id '" + duplicate + "' is used more than once"));
            throw new InvalidWorkflowException(reader.violations);
        }
        try {
            return new Workflow(Optional.empty(), 0, name, description, runMode, published,
                    completeListener.apply(listener), steps);
        } catch (InvalidWorkflowException e) {
            reader.violations.putAll(e.violations());
            throw new InvalidWorkflowException(reader.violations);
        }
    }

    /** Writes a workflow, secrets included (the callers decide who may see it); {@code url} may be null. */
    public static Map<String, Object> write(Workflow workflow, String url) {
        Map<String, Object> doc = new LinkedHashMap<>();
        workflow.id().ifPresent(id -> doc.put("id", id.value()));
        doc.put("name", workflow.name());
        doc.put("description", workflow.description());
        doc.put("run_mode", workflow.runMode().externalName());
        doc.put("published", workflow.published());
        EndpointListener listener = workflow.listener();
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("first_hash", listener.address().firstHash());
        l.put("second_hash", listener.address().secondHash());
        if (url != null) {
            l.put("url", url);
        }
        l.put("return_type", listener.returnType().externalName());
        l.put("return_data", listener.returnData());
        l.put("return_html", listener.returnHtml());
        l.put("return_redirect", listener.returnRedirect());
        l.put("add_authentication", listener.jwt().enabled());
        l.put("endpoint_key", listener.jwt().endpointKey());
        l.put("endpoint_secret", listener.jwt().endpointSecret().template());
        l.put("require_exp", listener.jwt().requireExp());
        l.put("max_token_lifetime", listener.jwt().maxTokenLifetime().map(Duration::toSeconds).orElse(0L));
        l.put("allow_cors", listener.cors().enabled());
        l.put("cors_domains", listener.cors().domains());
        l.put("strict_preflight_auth", listener.cors().strictPreflightAuth());
        l.put("request_log_retention_days", listener.requestLogRetention().map(Duration::toDays).orElse(null));
        l.put("mask_headers", listener.logMasking().headersText());
        l.put("mask_query", listener.logMasking().queryParametersText());
        doc.put("listener", l);
        doc.put("steps", workflow.steps().stream().map(WorkflowDocument::writeStep).toList());
        return doc;
    }

    private static Map<String, Object> writeStep(Step step) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("id", step.id());
        s.put("type", step.kind().externalName());
        switch (step) {
            case VirtualConditionStep c -> {
                s.put("match", c.match().externalName());
                s.put("conditions", c.conditions().stream().map(WorkflowDocument::writeComparison).toList());
                s.put("yes", c.yes().stream().map(WorkflowDocument::writeStep).toList());
                s.put("no", c.no().stream().map(WorkflowDocument::writeStep).toList());
            }
            case EndpointResponseStep r -> {
                s.put("return_type", r.returnType().externalName());
                s.put("return_data", r.returnData());
                s.put("return_html", r.returnHtml());
                s.put("return_redirect", r.returnRedirect());
                if (r.status() != null) {
                    s.put("status", r.status());
                }
                s.put("headers", r.headers());
            }
            case StoreValueStep v -> {
                s.put("name", v.name());
                s.put("value", v.value());
            }
            case CreateRecordStep c -> {
                s.put("entity", c.entity());
                s.put("fields", c.fields());
            }
            case UpdateRecordStep u -> {
                s.put("entity", u.entity());
                s.put("where", u.where());
                s.put("fields", u.fields());
            }
            case FindRecordStep f -> {
                s.put("entity", f.entity());
                s.put("where", f.where());
                s.put("store_as", f.storeAs());
            }
            case HttpRequestStep h -> {
                s.put("method", h.method());
                s.put("url", h.url());
                s.put("headers", h.headers());
                s.put("body", h.body());
                s.put("store_as", h.storeAs());
                s.put("timeout_ms", h.timeoutMs());
            }
            case SseEventStep e -> {
                s.put("event", e.event());
                s.put("data", e.data());
            }
        }
        if (!(step instanceof VirtualConditionStep)) {
            s.put("then", step.children().stream().map(WorkflowDocument::writeStep).toList());
        }
        return s;
    }

    private static Map<String, Object> writeComparison(Comparison comparison) {
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("left", comparison.left());
        c.put("operator", comparison.operator().externalName());
        c.put("right", comparison.right());
        return c;
    }

    /** Collects violations while reading, so that one answer names every bad field. */
    private static final class Reader {

        private final Map<String, String> violations = new LinkedHashMap<>();

        EndpointListener listener(Map<String, Object> l, EndpointAddress address) {
            if (l == null) {
                return null;
            }
            ReturnType returnType = choice(l, "return_type", "listener.return_type", null,
                    ReturnType::fromExternalName, "data, html, redirect, continue or sse");
            if (returnType == null && !violations.containsKey("listener.return_type")) {
                violations.put("listener.return_type", "Required: data, html, redirect, continue or sse");
            }
            String data = string(l, "return_data", "listener.return_data", "");
            String html = string(l, "return_html", "listener.return_html", "");
            String redirect = string(l, "return_redirect", "listener.return_redirect", "");
            boolean auth = bool(l, "add_authentication", "listener.add_authentication", false);
            String key = string(l, "endpoint_key", "listener.endpoint_key", "");
            String secret = string(l, "endpoint_secret", "listener.endpoint_secret", "");
            boolean requireExp = bool(l, "require_exp", "listener.require_exp", true);
            Integer lifetime = integer(l, "max_token_lifetime", "listener.max_token_lifetime", 0);
            if (lifetime != null && lifetime < 0) {
                violations.put("listener.max_token_lifetime", "Seconds, 0 for no limit");
                lifetime = 0;
            }
            boolean cors = bool(l, "allow_cors", "listener.allow_cors", false);
            String domains = string(l, "cors_domains", "listener.cors_domains", "");
            boolean strictPreflight = bool(l, "strict_preflight_auth", "listener.strict_preflight_auth", false);
            Integer retentionDays = integer(l, "request_log_retention_days", "listener.request_log_retention_days", null);
            if (retentionDays != null
                    && (retentionDays < 1 || retentionDays > EndpointListener.MAX_REQUEST_LOG_RETENTION_DAYS)) {
                violations.put("listener.request_log_retention_days",
                        "Days, from 1 to " + EndpointListener.MAX_REQUEST_LOG_RETENTION_DAYS + "; leave out for the default");
                retentionDays = null;
            }
            String maskHeaders = names(l, "mask_headers", "listener.mask_headers");
            String maskQuery = names(l, "mask_query", "listener.mask_query");
            if (returnType == ReturnType.REDIRECT && redirect.isBlank()) {
                violations.put("listener.return_redirect", "A redirect endpoint needs the URL to redirect to");
            }
            if (returnType == null) {
                return null;
            }
            return new EndpointListener(address, returnType, data, html, redirect,
                    new JwtRequirement(auth, key, new EndpointSecret(secret), requireExp,
                            lifetime == null || lifetime == 0 ? Optional.empty() : Optional.of(Duration.ofSeconds(lifetime))),
                    new CorsRules(cors, domains, strictPreflight),
                    Optional.ofNullable(retentionDays).map(Duration::ofDays), LogMasking.of(maskHeaders, maskQuery));
        }

        List<Step> steps(Object value, String path) {
            if (value == null) {
                return List.of();
            }
            if (!(value instanceof List<?> list)) {
                violations.put(path, "Must be a list of steps");
                return List.of();
            }
            List<Step> steps = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String stepPath = path + "[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> raw)) {
                    violations.put(stepPath, "Must be a step object");
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> s = (Map<String, Object>) raw;
                Step step = step(s, stepPath);
                if (step != null) {
                    steps.add(step);
                }
            }
            return steps;
        }

        private Step step(Map<String, Object> s, String path) {
            StepKind kind = choice(s, "type", path + ".type", null, StepKind::fromExternalName,
                    Arrays.stream(StepKind.values()).map(StepKind::externalName).toList().toString());
            if (kind == null) {
                violations.putIfAbsent(path + ".type", "Required: the kind of step");
                return null;
            }
            String id = string(s, "id", path + ".id", "");
            int before = violations.size();
            List<Step> then = steps(s.get("then"), path + ".then");
            try {
                Step step = switch (kind) {
                    case VIRTUAL_CONDITION -> {
                        Match match = choice(s, "match", path + ".match", Match.ALL, Match::fromExternalName, "all or any");
                        List<Comparison> comparisons = comparisons(s.get("conditions"), path + ".conditions");
                        List<Step> yes = steps(s.get("yes"), path + ".yes");
                        List<Step> no = steps(s.get("no"), path + ".no");
                        if (comparisons.isEmpty() && violations.size() > before) {
                            yield null;
                        }
                        yield new VirtualConditionStep(id, match, comparisons, yes, no);
                    }
                    case ENDPOINT_RESPONSE -> new EndpointResponseStep(id,
                            choice(s, "return_type", path + ".return_type", ReturnType.DATA, ReturnType::fromExternalName,
                                    "data, html or redirect"),
                            string(s, "return_data", path + ".return_data", ""),
                            string(s, "return_html", path + ".return_html", ""),
                            string(s, "return_redirect", path + ".return_redirect", ""),
                            integer(s, "status", path + ".status", null),
                            stringMap(s, "headers", path + ".headers"), then);
                    case STORE_VALUE -> new StoreValueStep(id, string(s, "name", path + ".name", ""),
                            string(s, "value", path + ".value", ""), then);
                    case CREATE_RECORD -> new CreateRecordStep(id, string(s, "entity", path + ".entity", ""),
                            stringMap(s, "fields", path + ".fields"), then);
                    case UPDATE_RECORD -> new UpdateRecordStep(id, string(s, "entity", path + ".entity", ""),
                            stringMap(s, "where", path + ".where"), stringMap(s, "fields", path + ".fields"), then);
                    case FIND_RECORD -> new FindRecordStep(id, string(s, "entity", path + ".entity", ""),
                            stringMap(s, "where", path + ".where"), string(s, "store_as", path + ".store_as", ""), then);
                    case HTTP_REQUEST -> new HttpRequestStep(id, string(s, "method", path + ".method", "GET"),
                            string(s, "url", path + ".url", ""), stringMap(s, "headers", path + ".headers"),
                            string(s, "body", path + ".body", ""), string(s, "store_as", path + ".store_as", ""),
                            integer(s, "timeout_ms", path + ".timeout_ms", HttpRequestStep.DEFAULT_TIMEOUT_MS), then);
                    case SSE_EVENT -> new SseEventStep(id, string(s, "event", path + ".event", "message"),
                            string(s, "data", path + ".data", ""), then);
                };
                return step;
            } catch (InvalidStepException e) {
                violations.putIfAbsent(path + "." + e.field(), e.getMessage());
                return null;
            }
        }

        private List<Comparison> comparisons(Object value, String path) {
            if (!(value instanceof List<?> list) || list.isEmpty()) {
                violations.put(path, "A virtual condition needs a list of at least one comparison");
                return List.of();
            }
            List<Comparison> comparisons = new ArrayList<>();
            for (int i = 0; i < list.size(); i++) {
                String itemPath = path + "[" + i + "]";
                if (!(list.get(i) instanceof Map<?, ?> raw)) {
                    violations.put(itemPath, "Must be an object with left, operator and right");
                    continue;
                }
                @SuppressWarnings("unchecked")
                Map<String, Object> c = (Map<String, Object>) raw;
                Operator operator = choice(c, "operator", itemPath + ".operator", null, Operator::fromExternalName,
                        "an operator such as equal, greater, contains, is_empty");
                if (operator == null) {
                    violations.putIfAbsent(itemPath + ".operator", "Required: the comparison operator");
                    continue;
                }
                comparisons.add(new Comparison(string(c, "left", itemPath + ".left", ""), operator,
                        string(c, "right", itemPath + ".right", "")));
            }
            return comparisons;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> object(Map<String, Object> parent, String key, String path) {
            Object value = parent.get(key);
            if (value instanceof Map<?, ?> map) {
                return (Map<String, Object>) map;
            }
            violations.put(path, value == null ? "Required" : "Must be an object");
            return null;
        }

        String string(Map<String, Object> parent, String key, String path, String fallback) {
            Object value = parent.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof String || value instanceof Number || value instanceof Boolean) {
                return String.valueOf(value);
            }
            violations.put(path, "Must be a string");
            return fallback;
        }

        /** Names as comma-separated text; a JSON list of strings is taken too, as the natural way to write one. */
        String names(Map<String, Object> parent, String key, String path) {
            if (parent.get(key) instanceof List<?> list) {
                if (list.stream().allMatch(String.class::isInstance)) {
                    return String.join(",", list.stream().map(String.class::cast).toList());
                }
                violations.put(path, "Must be a comma-separated string or a list of strings");
                return "";
            }
            return string(parent, key, path, "");
        }

        boolean bool(Map<String, Object> parent, String key, String path, boolean fallback) {
            Object value = parent.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Boolean b) {
                return b;
            }
            violations.put(path, "Must be true or false");
            return fallback;
        }

        Integer integer(Map<String, Object> parent, String key, String path, Integer fallback) {
            Object value = parent.get(key);
            if (value == null) {
                return fallback;
            }
            if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())
                    && n.doubleValue() >= Integer.MIN_VALUE && n.doubleValue() <= Integer.MAX_VALUE) {
                return n.intValue();
            }
            violations.put(path, "Must be a whole number");
            return fallback;
        }

        Map<String, String> stringMap(Map<String, Object> parent, String key, String path) {
            Object value = parent.get(key);
            if (value == null) {
                return Map.of();
            }
            if (!(value instanceof Map<?, ?> map)) {
                violations.put(path, "Must be an object of names to texts");
                return Map.of();
            }
            Map<String, String> result = new LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (v instanceof Map || v instanceof List) {
                    violations.put(path + "." + k, "Must be a text (a template)");
                } else {
                    result.put(String.valueOf(k), v == null ? "" : String.valueOf(v));
                }
            });
            return result;
        }

        <T> T choice(Map<String, Object> parent, String key, String path, T fallback,
                     Function<String, Optional<T>> parse, String allowed) {
            Object value = parent.get(key);
            if (value == null) {
                return fallback;
            }
            Optional<T> parsed = value instanceof String text ? parse.apply(text) : Optional.empty();
            if (parsed.isEmpty()) {
                violations.put(path, "Unknown value '" + value + "': expected " + allowed);
                return fallback;
            }
            return parsed.get();
        }
    }
}
