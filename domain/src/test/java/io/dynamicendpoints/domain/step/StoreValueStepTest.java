package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aStoreValueStep;
import static org.assertj.core.api.Assertions.assertThat;

class StoreValueStepTest {

    @ParameterizedTest
    @ValueSource(strings = {"total", "order_total", "Total2"})
    void storesUnderAPlainName(String name) {
        assertThat(new StoreValueStep("s", name, "{{ __data.a }}", List.of()).name()).isEqualTo(name);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"__headers", "_x", "2nd", "{{ __data.key }}", "a-b", "a.b", "a b"})
    void refusesANameThatIsATemplateReservedOrNotAnIdentifier(String name) {
        assertThat(Violations.ofStep(() -> new StoreValueStep("s", name, "", List.of()))).isEqualTo("name");
    }

    @Test
    void refusesANameLongerThanSixtyFourCharacters() {
        assertThat(Violations.ofStep(() -> new StoreValueStep("s", "a".repeat(65), "", List.of()))).isEqualTo("name");
        assertThat(new StoreValueStep("s", "a".repeat(64), "", List.of()).name()).hasSize(64);
    }

    @Test
    void readsAMissingValueAsEmpty() {
        assertThat(new StoreValueStep("s", "a", null, null).value()).isEmpty();
    }

    @Test
    void isAStoreValueWhoseChildrenAreItsThenSteps() {
        StoreValueStep step = aStoreValueStep("s", aStoreValueStep("t"));

        assertThat(step.kind()).isEqualTo(StepKind.STORE_VALUE);
        assertThat(step.children()).extracting(Step::id).containsExactly("t");
    }
}
