package io.dynamicendpoints.domain.requestlog;

import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLogEntryTest {

    private static RequestLogEntry entry(Instant receivedAt, int status, Map<String, String> headers) {
        return new RequestLogEntry(RequestId.generate(receivedAt, new SecureRandom()), receivedAt, new WorkflowId(1),
                "POST", "/listener/a/b", null, headers, null, null, AuthOutcome.NONE, status, null, null, 5, null,
                null, null);
    }

    @Test
    void keepsTheArrivalTimeToTheMicrosecond() {
        assertThat(entry(Instant.parse("2026-03-01T10:00:00.123456789Z"), 200, Map.of()).receivedAt())
                .isEqualTo(Instant.parse("2026-03-01T10:00:00.123456Z"));
    }

    @Test
    void fillsAbsentPartsWithEmptyValues() {
        RequestLogEntry entry = entry(Instant.now(), 200, null);

        assertThat(entry.query()).isEmpty();
        assertThat(entry.headers()).isEmpty();
        assertThat(entry.body()).isEqualTo(RecordedBody.EMPTY);
        assertThat(entry.tokenData()).isEmpty();
        assertThat(entry.responseBody()).isEqualTo(RecordedBody.EMPTY);
        assertThat(entry.runId()).isEmpty();
        assertThat(entry.trace()).isEmpty();
        assertThat(entry.replayOf()).isEmpty();
    }

    @Test
    void isNotChangedByChangesToWhatItWasMadeFrom() {
        Map<String, String> headers = new HashMap<>(Map.of("x-event", "created"));
        RequestLogEntry entry = entry(Instant.now(), 200, headers);

        headers.put("x-event", "changed");

        assertThat(entry.headers()).containsEntry("x-event", "created");
        assertThatThrownBy(() -> entry.headers().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesWhatCannotHaveHappened() {
        assertThatIllegalArgumentException().isThrownBy(() -> entry(Instant.now(), 99, Map.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new RequestLogEntry(
                RequestId.generate(Instant.now(), new SecureRandom()), Instant.now(), new WorkflowId(1), " ", "",
                Map.of(), Map.of(), null, Optional.empty(), AuthOutcome.NONE, 200, Map.of(), null, 0,
                Optional.empty(), List.of(), Optional.empty()));
    }
}
