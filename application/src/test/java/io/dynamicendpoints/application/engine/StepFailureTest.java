package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import io.dynamicendpoints.application.port.StoreUnavailableException;
import io.dynamicendpoints.application.template.TemplateException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The class of a step's failure, which is all its caller learns of it. */
class StepFailureTest {

    @ParameterizedTest
    @CsvSource({
            "UNREACHABLE, upstream_unreachable",
            "TIMEOUT, upstream_timeout",
            "REFUSED_ADDRESS, upstream_refused",
            "INVALID_URL, invalid_url",
            "INTERRUPTED, step_error"})
    void aFailedCallIsClassedByWhatTheOutboundPortSaw(CallFailure call, String code) {
        OutboundCallException failure = new OutboundCallException(call,
                "Calling partner.example failed: https://partner.example/hook?api_key=s3cr3t", null);

        assertThat(StepFailure.of(failure).code()).isEqualTo(code);
    }

    @Test
    void aStoreThatFailedIsStorageUnavailableEvenWhenWrapped() {
        StoreUnavailableException store = new StoreUnavailableException(
                "The record store failed: HikariProxyConnection@1 wrapping conn0: ClosedConnection", null);

        assertThat(StepFailure.of(store)).isEqualTo(StepFailure.STORAGE_UNAVAILABLE);
        assertThat(StepFailure.of(new IllegalStateException("while storing", store)))
                .isEqualTo(StepFailure.STORAGE_UNAVAILABLE);
    }

    @Test
    void aBrokenTemplateIsATemplateError() {
        assertThat(StepFailure.of(new TemplateException("Division by zero (line 1)", null)))
                .isEqualTo(StepFailure.TEMPLATE_ERROR);
    }

    @Test
    void anythingElseIsAStepError() {
        assertThat(StepFailure.of(new NullPointerException())).isEqualTo(StepFailure.STEP_ERROR);
        assertThat(StepFailure.of(new IllegalArgumentException("bad", new RuntimeException("worse"))))
                .isEqualTo(StepFailure.STEP_ERROR);
    }

    @Test
    void aCauseChainThatLoopsEndsInAStepError() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(StepFailure.of(first)).isEqualTo(StepFailure.STEP_ERROR);
    }

    @Test
    void codesAreTheDocumentedLowerCaseWords() {
        assertThat(StepFailure.values()).extracting(StepFailure::code).containsExactly("upstream_unreachable",
                "upstream_timeout", "upstream_refused", "invalid_url", "storage_unavailable", "template_error",
                "template_budget", "step_error");
    }
}
