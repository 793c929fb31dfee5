package io.dynamicendpoints.domain.condition;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class ComparisonTest {

    @Test
    void readsMissingSidesAsEmpty() {
        Comparison comparison = new Comparison(null, Operator.IS_EMPTY, null);

        assertThat(comparison.left()).isEmpty();
        assertThat(comparison.right()).isEmpty();
    }

    @Test
    void needsAnOperator() {
        assertThatNullPointerException().isThrownBy(() -> new Comparison("a", null, "b"));
    }
}
