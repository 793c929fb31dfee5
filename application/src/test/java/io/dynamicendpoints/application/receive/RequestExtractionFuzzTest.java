package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dynamicendpoints.application.port.Sessions;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the whole reading of a request body (JSON, url-encoded and multipart forms, bracket names, raw
 * text). The input's first line is the {@code Content-Type} header, the rest the body; a query parameter
 * in bracket notation is always added so that query and body merge. Small limits make the field, part
 * and size refusals reachable. The only exception allowed out is {@link UnreadableBodyException}.
 */
class RequestExtractionFuzzTest {

    private static final BodyLimits LIMITS = new BodyLimits(64 * 1024, 64, 16);
    private final RequestExtraction extraction = new RequestExtraction(new JacksonJson(), Sessions.none(), LIMITS);

    @FuzzTest(maxDuration = "10m")
    void extract(byte[] data) {
        FuzzInput input = FuzzInput.of(data);
        IncomingRequest request = new IncomingRequest("POST", "a", "b",
                Map.of("q[x][]", List.of("1", "2")), Map.of("content-type", List.of(input.firstLine())), input.rest());
        try {
            VirtualRecord record = extraction.extract(request);
            assertThat(record.data()).containsKey(VirtualRecord.HEADERS);
        } catch (UnreadableBodyException refused) {
            assertThat(refused.refusal()).isNotNull();
            assertThat(refused.response()).isNotNull();
        }
    }
}
