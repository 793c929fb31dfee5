package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.FindRecordStep;
import io.dynamicendpoints.domain.step.HttpRequestStep;
import io.dynamicendpoints.domain.step.SseEventStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StoreValueStep;
import io.dynamicendpoints.domain.step.UpdateRecordStep;
import io.dynamicendpoints.domain.step.VirtualConditionStep;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ready-made workflows for tests that store them (use cases over the fakes, the port contracts).
 * Unlike the domain's {@code WorkflowFixtures}, whose fixed address suits tests of one workflow, every
 * call here draws a fresh endpoint address, so fixtures can be stored side by side: a store keeps
 * addresses unique.
 */
public final class WorkflowFixtures {

    private static final SecureRandom RANDOM = new SecureRandom();

    private WorkflowFixtures() {
    }

    /** A fresh, random endpoint address. */
    public static EndpointAddress anAddress() {
        return EndpointAddress.generate(RANDOM);
    }

    /** An unpublished workflow that answers {@code {"ok":true}} as data and has no steps. */
    public static Workflow aDraft(String name) {
        return Workflow.draft(name, "A draft for tests", RunMode.ASYNC,
                aListener(ReturnType.DATA, "{\"ok\":true}"), List.of());
    }

    /** A published workflow whose endpoint answers the template {@code returnData}, without steps. */
    public static Workflow aPublishedDataWorkflow(String returnData) {
        return Workflow.draft("Data endpoint", "Answers " + returnData, RunMode.ASYNC,
                aListener(ReturnType.DATA, returnData), List.of()).publish();
    }

    /** A published workflow that demands a JWT signed with a secret, and allows two CORS origins. */
    public static Workflow aPublishedWorkflowWithAuthentication() {
        EndpointListener listener = new EndpointListener(anAddress(), ReturnType.HTML, "", "<p>Hello {{ body.name }}</p>",
                "", new JwtRequirement(true, "issuer-4711", new EndpointSecret("s3cr3t-0123456789abcdef0123456789abcdef")),
                new CorsRules(true, "https://a.example, https://b.example"));
        return Workflow.draft("Authenticated endpoint", "Only for signed callers", RunMode.SYNC, listener, List.of())
                .publish();
    }

    /**
     * A draft whose step tree holds every step kind, nested under {@code then}, {@code yes} and
     * {@code no}, with maps, a status and a timeout: the shape a storage round trip must keep.
     */
    public static Workflow aWorkflowWithEveryStepKind() {
        Step respond = new EndpointResponseStep("respond", ReturnType.HTML, "", "<p>{{ __data.customer.name }}</p>", "",
                201, ordered("X-Trace", "{{ request.id }}", "Cache-Control", "no-store"), List.of());
        Step find = new FindRecordStep("find-customer", "customer", Map.of("email", "{{ body.email }}"), "customer",
                List.of(respond));
        Step update = new UpdateRecordStep("touch-customer", "customer", Map.of("id", "{{ __data.customer.id }}"),
                Map.of("last_seen", "{{ now }}"), List.of());
        Step create = new CreateRecordStep("create-customer", "customer",
                ordered("email", "{{ body.email }}", "name", "{{ body.name }}"), List.of());
        Step known = new VirtualConditionStep("known-customer", Match.ANY, List.of(
                new Comparison("{{ body.email }}", Operator.IS_NOT_EMPTY, ""),
                new Comparison("{{ body.age }}", Operator.BETWEEN, "18,99")), List.of(update), List.of(create));
        Step notify = new HttpRequestStep("notify", "POST", "https://hooks.example/notify",
                Map.of("Content-Type", "application/json"), "{\"email\":\"{{ body.email }}\"}", "notified", 5_000,
                List.of(find, known));
        Step greeting = new StoreValueStep("greeting", "greeting", "Hello {{ body.name }}", List.of(notify));
        Step progress = new SseEventStep("progress", "progress", "{{ __data.greeting }}", List.of());
        return Workflow.draft("Every step kind", "Exercises the whole step tree", RunMode.SYNC,
                aListener(ReturnType.CONTINUE, ""), List.of(greeting, progress));
    }

    private static EndpointListener aListener(ReturnType returnType, String returnData) {
        return new EndpointListener(anAddress(), returnType, returnData, "", "", JwtRequirement.OFF, CorsRules.OFF);
    }

    private static Map<String, String> ordered(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
