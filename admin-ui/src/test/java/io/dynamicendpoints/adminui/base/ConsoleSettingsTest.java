package io.dynamicendpoints.adminui.base;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConsoleSettingsTest {

    @Test
    void bindsToLoopbackWhenNoHostIsGiven() {
        assertThat(new ConsoleSettings(null, 8081, Duration.ofMinutes(30)).host()).isEqualTo("127.0.0.1");
        assertThat(new ConsoleSettings(" ", 8081, Duration.ofMinutes(30)).host()).isEqualTo("127.0.0.1");
    }

    @Test
    void refusesASessionTimeoutUnderAMinuteAndABadPort() {
        assertThatThrownBy(() -> new ConsoleSettings("127.0.0.1", 8081, Duration.ofSeconds(30)))
                .hasMessageContaining("at least one minute");
        assertThatThrownBy(() -> new ConsoleSettings("127.0.0.1", 70_000, Duration.ofMinutes(30)))
                .hasMessageContaining("0 to 65535");
    }
}
