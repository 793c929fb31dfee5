package io.dynamicendpoints.app;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RequestLogConfigurationTest {

    private static RequestLogConfiguration configured(Duration linger, Duration sparseLinger) {
        return new RequestLogConfiguration(true, Duration.ofDays(30), 32 * 1024, List.of(), List.of(), 50_000, 64L << 20, 100_000,
                linger, sparseLinger, Duration.ofHours(1), 5_000);
    }

    @Test
    void aSparseBatchMayFillLongerThanAnyOther() {
        var settings = configured(Duration.ofSeconds(1), Duration.ofSeconds(3)).settings();

        assertThat(settings.linger()).isEqualTo(Duration.ofSeconds(1));
        assertThat(settings.sparseLinger()).isEqualTo(Duration.ofSeconds(3));
    }

    @Test
    void aLongerLingerAloneAlsoLengthensTheSparseLingerRatherThanFailingTheStart() {
        var settings = configured(Duration.ofSeconds(5), Duration.ofSeconds(3)).settings();

        assertThat(settings.sparseLinger()).isEqualTo(Duration.ofSeconds(5));
    }
}
