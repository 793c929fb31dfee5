package io.dynamicendpoints.domain.step;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class StepKindTest {

    @ParameterizedTest
    @EnumSource(StepKind.class)
    void readsBackItsOwnExternalName(StepKind kind) {
        assertThat(StepKind.fromExternalName(kind.externalName())).contains(kind);
    }

    @ParameterizedTest
    @EnumSource(StepKind.class)
    void hasASnakeCaseNameAndAPositiveVersion(StepKind kind) {
        assertThat(kind.externalName()).matches("[a-z]+(_[a-z]+)*");
        assertThat(kind.version()).isPositive();
    }

    @Test
    void namesEveryKindOfApiJsonOnce() {
        assertThat(Arrays.stream(StepKind.values()).map(StepKind::externalName))
                .doesNotHaveDuplicates()
                .contains("virtual_condition", "endpoint_response", "store_value", "create_record", "update_record",
                        "find_record", "http_request", "sse_event");
    }

    @Test
    void hasAKindForEveryStepRecord() {
        assertThat(Step.class.getPermittedSubclasses()).hasSameSizeAs(StepKind.values());
    }

    @Test
    void knowsNoOtherName() {
        assertThat(StepKind.fromExternalName("branch")).isEmpty();
        assertThat(StepKind.fromExternalName(null)).isEmpty();
    }
}
