package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The id rule every step kind shares (StepRules), seen through one kind. */
class StepIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"a", "has-email", "step_2", "ABC-def_123"})
    void acceptsLettersDigitsDashesAndUnderscores(String id) {
        assertThat(new StoreValueStep(id, "note", "", List.of()).id()).isEqualTo(id);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "has email", "a.b", "{{ x }}", "ü"})
    void refusesAnythingElse(String id) {
        assertThat(Violations.ofStep(() -> new StoreValueStep(id, "note", "", List.of()))).isEqualTo("id");
    }

    @Test
    void acceptsSixtyFourCharacters() {
        assertThat(new StoreValueStep("a".repeat(64), "note", "", List.of()).id()).hasSize(64);
    }

    @Test
    void refusesSixtyFiveCharacters() {
        assertThat(Violations.ofStep(() -> new StoreValueStep("a".repeat(65), "note", "", List.of())))
                .isEqualTo("id");
    }
}
