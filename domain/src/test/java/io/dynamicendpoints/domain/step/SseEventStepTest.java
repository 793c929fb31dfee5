package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SseEventStepTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void emitsAMessageEventWhenNoEventIsNamed(String event) {
        assertThat(new SseEventStep("e", event, "hi", List.of()).event()).isEqualTo("message");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a\nb", "a\rb", "progress\n"})
    void refusesAnEventNameOfSeveralLines(String event) {
        assertThat(Violations.ofStep(() -> new SseEventStep("e", event, "", List.of()))).isEqualTo("event");
    }

    @Test
    void mayEmitDataOfSeveralLines() {
        SseEventStep step = new SseEventStep("e", "progress", "line 1\nline 2", null);

        assertThat(step.data()).isEqualTo("line 1\nline 2");
        assertThat(step.kind()).isEqualTo(StepKind.SSE_EVENT);
    }
}
