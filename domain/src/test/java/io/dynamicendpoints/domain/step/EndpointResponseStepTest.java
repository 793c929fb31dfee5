package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aStoreValueStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EndpointResponseStepTest {

    private static EndpointResponseStep response(ReturnType type, Integer status) {
        return new EndpointResponseStep("ack", type, "{}", "", "", status, Map.of(), List.of());
    }

    @ParameterizedTest
    @EnumSource(value = ReturnType.class, names = {"DATA", "HTML", "REDIRECT"})
    void answersWithAFixedReturnType(ReturnType type) {
        assertThat(response(type, null).returnType()).isEqualTo(type);
    }

    @ParameterizedTest
    @EnumSource(value = ReturnType.class, names = {"CONTINUE", "SSE"})
    void refusesContinueAndSse(ReturnType type) {
        assertThat(Violations.ofStep(() -> response(type, null))).isEqualTo("return_type");
    }

    @ParameterizedTest
    @NullSource
    void refusesAMissingReturnType(ReturnType type) {
        assertThat(Violations.ofStep(() -> response(type, null))).isEqualTo("return_type");
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 99, 600, 1000})
    void refusesAStatusOutsideHttp(int status) {
        assertThat(Violations.ofStep(() -> response(ReturnType.DATA, status))).isEqualTo("status");
    }

    @ParameterizedTest
    @ValueSource(ints = {100, 201, 302, 418, 599})
    void acceptsAnyHttpStatus(int status) {
        assertThat(response(ReturnType.DATA, status).status()).isEqualTo(status);
    }

    @Test
    void keepsTheDefaultStatusWhenNoneIsGiven() {
        assertThat(response(ReturnType.DATA, null).status()).isNull();
    }

    @Test
    void readsMissingTextsHeadersAndChildrenAsEmpty() {
        EndpointResponseStep step = new EndpointResponseStep("ack", ReturnType.DATA, null, null, null, null, null, null);

        assertThat(step.returnData()).isEmpty();
        assertThat(step.returnHtml()).isEmpty();
        assertThat(step.returnRedirect()).isEmpty();
        assertThat(step.headers()).isEmpty();
        assertThat(step.then()).isEmpty();
    }

    @Test
    void copiesItsHeadersSoLaterChangesDoNotLeakIn() {
        Map<String, String> headers = new HashMap<>(Map.of("x-a", "1"));
        EndpointResponseStep step = new EndpointResponseStep("ack", ReturnType.DATA, "", "", "", null, headers, List.of());

        headers.put("x-b", "2");

        assertThat(step.headers()).containsOnlyKeys("x-a");
        assertThatThrownBy(() -> step.headers().put("x-c", "3")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void isAnEndpointResponseWhoseChildrenAreItsThenSteps() {
        EndpointResponseStep step = new EndpointResponseStep("ack", ReturnType.DATA, "", "", "", null, Map.of(),
                List.of(aStoreValueStep("after")));

        assertThat(step.kind()).isEqualTo(StepKind.ENDPOINT_RESPONSE);
        assertThat(step.children()).extracting(Step::id).containsExactly("after");
    }

    @Test
    void refusesAHeaderNameWithASpace() {
        assertThat(Violations.ofStep(() -> new EndpointResponseStep("ack", ReturnType.DATA, "", "", "", null,
                Map.of("bad name", "v"), List.of()))).isEqualTo("headers");
    }
}
