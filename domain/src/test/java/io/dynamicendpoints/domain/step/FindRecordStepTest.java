package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class FindRecordStepTest {

    @Test
    void storesTheMatchUnderAPlainName() {
        FindRecordStep step = new FindRecordStep("f", "contact", Map.of("email", "{{ __data.email }}"), "contact", null);

        assertThat(step.storeAs()).isEqualTo("contact");
        assertThat(step.kind()).isEqualTo(StepKind.FIND_RECORD);
    }

    @Test
    void refusesAStoreAsThatIsNotAPlainName() {
        assertThat(Violations.ofStep(() -> new FindRecordStep("f", "contact", Map.of(), "__headers", List.of())))
                .isEqualTo("store_as");
        assertThat(Violations.ofStep(() -> new FindRecordStep("f", "contact", Map.of(), null, List.of())))
                .isEqualTo("store_as");
    }

    @Test
    void acceptsAnEmptyWhereThatFindsTheFirstRecord() {
        assertThat(new FindRecordStep("f", "contact", null, "first", List.of()).where()).isEmpty();
    }
}
