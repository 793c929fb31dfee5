package io.dynamicendpoints.adapters.http.stop;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StopRefusalTest {

    @Test
    void refusesEverythingButHealthChecksWhileStopping() {
        assertThat(StopRefusal.refuses("/listener/a/b")).isTrue();
        assertThat(StopRefusal.refuses("/api/workflows")).isTrue();
        assertThat(StopRefusal.refuses("/healthy")).isTrue();
        assertThat(StopRefusal.refuses("/health")).isFalse();
        assertThat(StopRefusal.refuses("/health?x=1")).isFalse();
        assertThat(StopRefusal.refuses("/health/readiness")).isFalse();
        assertThat(StopRefusal.refuses("/health/liveness")).isFalse();
    }

    @Test
    void tellsCallersWhenToRetryAndToOpenANewConnection() {
        assertThat(StopRefusal.STATUS).isEqualTo(503);
        assertThat(StopRefusal.HEADERS).containsEntry("Connection", "close").containsKey("Retry-After");
    }
}
