package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CreateRecordStepTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"{{ __data.entity }}", "__note", "my note"})
    void refusesAnEntityThatIsNotAPlainName(String entity) {
        assertThat(Violations.ofStep(() -> new CreateRecordStep("c", entity, Map.of(), List.of()))).isEqualTo("entity");
    }

    @Test
    void keepsItsFieldsInTheGivenOrderAndUnchangeable() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("contact_email", "{{ __data.customer_email }}");
        fields.put("body", "Invoice raised");
        CreateRecordStep step = new CreateRecordStep("c", "note", fields, List.of());

        fields.put("later", "x");

        assertThat(step.fields()).containsExactly(
                Map.entry("contact_email", "{{ __data.customer_email }}"), Map.entry("body", "Invoice raised"));
        assertThat(step.kind()).isEqualTo(StepKind.CREATE_RECORD);
    }

    @Test
    void createsARecordWithNoFieldsWhenNoneAreGiven() {
        assertThat(new CreateRecordStep("c", "note", null, null).fields()).isEmpty();
    }
}
