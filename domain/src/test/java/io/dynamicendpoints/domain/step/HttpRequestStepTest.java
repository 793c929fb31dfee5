package io.dynamicendpoints.domain.step;

import io.dynamicendpoints.domain.workflow.Violations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class HttpRequestStepTest {

    private static HttpRequestStep call(String method, String url, int timeoutMs) {
        return new HttpRequestStep("h", method, url, Map.of(), "", "reply", timeoutMs, List.of());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void usesGetWhenNoMethodIsGiven(String method) {
        assertThat(call(method, "https://example.com", 1000).method()).isEqualTo("GET");
    }

    @Test
    void writesTheMethodInUpperCase() {
        assertThat(call("post", "https://example.com", 1000).method()).isEqualTo("POST");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TRACE", "CONNECT", "FETCH", "{{ __data.method }}"})
    void refusesAMethodOutsideTheUsualOnes(String method) {
        assertThat(Violations.ofStep(() -> call(method, "https://example.com", 1000))).isEqualTo("method");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" "})
    void refusesAMissingUrl(String url) {
        assertThat(Violations.ofStep(() -> call("GET", url, 1000))).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad name", "X-Api-Key:", "", "X\r\nInjected", "Ünïcode", "a\tb", "(comment)"})
    void refusesAHeaderNameThatCouldNeverBeSent(String name) {
        assertThat(Violations.ofStep(() -> new HttpRequestStep("h", "GET", "https://example.com", Map.of(name, "v"), "",
                "reply", 1000, List.of()))).isEqualTo("headers");
    }

    @Test
    void acceptsTokenHeaderNames() {
        Map<String, String> headers = Map.of("X-Api-Key", "{{ k }}", "Idempotency-Key", "1", "x_custom.v2~!", "ok");

        assertThat(new HttpRequestStep("h", "GET", "https://example.com", headers, "", "reply", 1000, List.of())
                .headers()).isEqualTo(headers);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -5, HttpRequestStep.MAX_TIMEOUT_MS + 1})
    void refusesATimeoutOutsideOneMillisecondToOneMinute(int timeoutMs) {
        assertThat(Violations.ofStep(() -> call("GET", "https://example.com", timeoutMs))).isEqualTo("timeout_ms");
    }

    @ParameterizedTest
    @ValueSource(ints = {1, HttpRequestStep.DEFAULT_TIMEOUT_MS, HttpRequestStep.MAX_TIMEOUT_MS})
    void acceptsATimeoutWithinBounds(int timeoutMs) {
        assertThat(call("GET", "https://example.com", timeoutMs).timeoutMs()).isEqualTo(timeoutMs);
    }

    @Test
    void refusesAStoreAsThatIsNotAPlainName() {
        assertThat(Violations.ofStep(() -> new HttpRequestStep("h", "GET", "https://example.com", Map.of(), "", "",
                1000, List.of()))).isEqualTo("store_as");
    }

    @Test
    void acceptsATemplatedUrl() {
        assertThat(call("GET", "https://api.example.com/{{ __data.id }}", 1000).kind()).isEqualTo(StepKind.HTTP_REQUEST);
    }
}
