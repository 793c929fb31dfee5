package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(username);
        }
    }

    @Test
    void permitsTheFirstFewFailures() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS);

        assertThat(throttle.permits("admin")).isTrue();
    }

    @Test
    void makesTheNextAttemptWaitOneSecondAfterThat() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS + 1);

        assertThat(throttle.permits("admin")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.permits("admin")).isTrue();
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailure() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS + 3);

        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.permits("admin")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.permits("admin")).isTrue();
    }

    @Test
    void neverMakesAnyoneWaitLongerThanFifteenMinutes() {
        fail("admin", 100);

        clock.advance(LoginThrottle.MAX_WAIT.minusSeconds(1));
        assertThat(throttle.permits("admin")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.permits("admin")).isTrue();
    }

    @Test
    void forgetsTheFailuresAfterASuccess() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS + 1);

        throttle.succeeded("admin");

        assertThat(throttle.permits("admin")).isTrue();
    }

    @Test
    void countsEachNameApartButIgnoresCase() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS + 1);

        assertThat(throttle.permits("partner")).isTrue();
        assertThat(throttle.permits("ADMIN")).isFalse();
    }

    @Test
    void keepsALockWhileOtherNamesFloodTheThrottle() {
        fail("admin", LoginThrottle.FREE_ATTEMPTS + 10);

        for (int i = 0; i < 10_000; i++) {
            throttle.failed("made-up-" + i);
        }

        assertThat(throttle.permits("admin")).isFalse();
    }
}
