package io.dynamicendpoints.adminui.base;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RelativeTimeTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:30:20Z");

    @Test
    void describesAgeInTheCoarsestUnitThatFits() {
        assertThat(RelativeTime.ago(NOW.minusSeconds(59), NOW)).isEqualTo("just now");
        assertThat(RelativeTime.ago(NOW.minusSeconds(60), NOW)).isEqualTo("1 min ago");
        assertThat(RelativeTime.ago(NOW.minusSeconds(3599), NOW)).isEqualTo("59 min ago");
        assertThat(RelativeTime.ago(NOW.minusSeconds(3600), NOW)).isEqualTo("1 h ago");
        assertThat(RelativeTime.ago(NOW.minusSeconds(86_399), NOW)).isEqualTo("23 h ago");
        assertThat(RelativeTime.ago(NOW.minusSeconds(86_400), NOW)).isEqualTo("1 day ago");
        assertThat(RelativeTime.ago(NOW.minusSeconds(3 * 86_400 + 5), NOW)).isEqualTo("3 days ago");
    }

    @Test
    void callsAMomentSlightlyAheadJustNow() {
        assertThat(RelativeTime.ago(NOW.plusSeconds(2), NOW)).isEqualTo("just now");
    }

    @Test
    void writesExactTimesInUtc() {
        assertThat(RelativeTime.exact(Instant.parse("2026-03-01T10:30:20.789Z"))).isEqualTo("2026-03-01 10:30:20 UTC");
        assertThat(RelativeTime.clock(Instant.parse("2026-03-01T09:05:59Z"))).isEqualTo("09:05");
    }
}
