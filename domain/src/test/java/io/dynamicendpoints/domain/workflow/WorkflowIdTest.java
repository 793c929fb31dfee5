package io.dynamicendpoints.domain.workflow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class WorkflowIdTest {

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void refusesZeroAndNegativeIds(long value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new WorkflowId(value));
    }

    @Test
    void printsAsItsNumber() {
        assertThat(new WorkflowId(42)).hasToString("42");
    }
}
