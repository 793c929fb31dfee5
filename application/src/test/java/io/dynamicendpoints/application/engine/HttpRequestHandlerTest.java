package io.dynamicendpoints.application.engine;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpRequestHandlerTest {

    @Test
    void sendsAnIdempotencyKeyOfRunAndStepTheSameOnEveryExecution() {
        Map<String, String> first = HttpRequestHandler.withIdempotencyKey(Map.of("Accept", "json"), "run-1", "notify");
        Map<String, String> again = HttpRequestHandler.withIdempotencyKey(Map.of("Accept", "json"), "run-1", "notify");

        assertThat(first).containsEntry("Idempotency-Key", "run-1:notify").containsEntry("Accept", "json");
        assertThat(again).isEqualTo(first);
        assertThat(HttpRequestHandler.withIdempotencyKey(Map.of(), "run-1", "other")).containsEntry("Idempotency-Key", "run-1:other");
    }

    @Test
    void keepsTheStepsOwnIdempotencyKey() {
        Map<String, String> own = Map.of("idempotency-key", "order-17");

        assertThat(HttpRequestHandler.withIdempotencyKey(own, "run-1", "notify")).isEqualTo(own);
    }
}
