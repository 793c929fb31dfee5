package io.dynamicendpoints.domain.workflow;

import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.Step;
import io.dynamicendpoints.domain.step.StoreValueStep;
import io.dynamicendpoints.domain.step.VirtualConditionStep;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Ready-made workflows, listeners and steps for tests, so a test names only what matters to it
 * (library's {@code PatronFixture}, buckpal's {@code AccountTestData}). Shared with the application
 * module through the domain test-jar.
 */
public final class WorkflowFixtures {

    public static final String FIRST_HASH = "0123456789abcdef0123456789abcdef";
    public static final String SECOND_HASH = "fedcba9876543210fedcba9876543210";

    private WorkflowFixtures() {
    }

    /** A fixed, valid address: {@code /listener/0123…/fedc…}. */
    public static EndpointAddress anAddress() {
        return new EndpointAddress(FIRST_HASH, SECOND_HASH);
    }

    public static EndpointAddress anotherAddress() {
        return new EndpointAddress("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb");
    }

    /** A generator that yields the same hashes, keys and secrets on every run. */
    public static RandomGenerator aSeededRandom() {
        return new SplittableRandom(42);
    }

    /** A {@code data} listener on {@link #anAddress()} answering with {@code returnData}; no JWT, no CORS. */
    public static EndpointListener aDataListener(String returnData) {
        return aListener(ReturnType.DATA, returnData);
    }

    /** A listener of {@code type} on {@link #anAddress()} whose reply template (if the type has one) is {@code template}. */
    public static EndpointListener aListener(ReturnType type, String template) {
        return new EndpointListener(anAddress(), type,
                type == ReturnType.DATA ? template : "",
                type == ReturnType.HTML ? template : "",
                type == ReturnType.REDIRECT ? template : "",
                JwtRequirement.OFF, CorsRules.OFF);
    }

    /** A listener that demands a JWT signed with {@code secret} and issued by {@code key}. */
    public static EndpointListener anAuthenticatedListener(String key, String secret) {
        return aDataListener("{\"status\": \"received\"}")
                .withJwt(new JwtRequirement(true, key, new EndpointSecret(secret)));
    }

    /** An unpublished, sync {@code data} workflow answering {@code {"status": "received"}}, without steps. */
    public static Workflow aDraft() {
        return aDraft(aDataListener("{\"status\": \"received\"}"));
    }

    public static Workflow aDraft(EndpointListener listener, Step... steps) {
        return Workflow.draft("Invoice webhook", "", RunMode.SYNC, listener, List.of(steps));
    }

    public static Workflow aDraftWithSteps(Step... steps) {
        return aDraft(aDataListener("{\"status\": \"received\"}"), steps);
    }

    /** {@link #aDraft()}, published. */
    public static Workflow aPublishedWorkflow() {
        return aDraft().publish();
    }

    public static Workflow aPublishedWorkflow(EndpointListener listener) {
        return aDraft(listener).publish();
    }

    public static StoreValueStep aStoreValueStep(String id, Step... then) {
        return new StoreValueStep(id, "note", "{{ __data.note }}", List.of(then));
    }

    public static EndpointResponseStep aDataResponseStep(String id, String returnData) {
        return new EndpointResponseStep(id, ReturnType.DATA, returnData, "", "", null, Map.of(), List.of());
    }

    /** A condition on {@code __data.customer_email} being filled in, with the given branches. */
    public static VirtualConditionStep aCondition(String id, List<Step> yes, List<Step> no) {
        return new VirtualConditionStep(id, Match.ALL,
                List.of(new Comparison("{{ __data.customer_email }}", Operator.IS_NOT_EMPTY, "")), yes, no);
    }
}
