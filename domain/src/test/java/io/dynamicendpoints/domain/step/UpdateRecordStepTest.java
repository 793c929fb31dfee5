package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class UpdateRecordStepTest {

    @Test
    void refusesAnEmptyWhereThatWouldRewriteEveryRecord() {
        assertThat(Violations.ofStep(() -> new UpdateRecordStep("u", "contact", Map.of(), Map.of("a", "1"), List.of())))
                .isEqualTo("where");
        assertThat(Violations.ofStep(() -> new UpdateRecordStep("u", "contact", null, Map.of("a", "1"), List.of())))
                .isEqualTo("where");
    }

    @Test
    void updatesTheRecordsMatchingWhere() {
        UpdateRecordStep step = new UpdateRecordStep("u", "contact", Map.of("email", "{{ __data.email }}"),
                Map.of("name", "{{ __data.name }}"), null);

        assertThat(step.where()).containsOnlyKeys("email");
        assertThat(step.fields()).containsOnlyKeys("name");
        assertThat(step.kind()).isEqualTo(StepKind.UPDATE_RECORD);
        assertThat(step.children()).isEmpty();
    }

    @Test
    void refusesAnEntityThatIsNotAPlainName() {
        assertThat(Violations.ofStep(() -> new UpdateRecordStep("u", "a b", Map.of("k", "v"), Map.of(), List.of())))
                .isEqualTo("entity");
    }
}
