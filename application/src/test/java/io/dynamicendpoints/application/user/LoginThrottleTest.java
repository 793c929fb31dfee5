package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final ClientAddress ATTACKER = new ClientAddress("203.0.113.66");
    private static final ClientAddress OWNER = new ClientAddress("198.51.100.7");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    private void fail(ClientAddress from, String username, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(from, username);
        }
    }

    private boolean permits(ClientAddress from, String username) {
        return throttle.waitBefore(from, username).isZero();
    }

    @Test
    void permitsTheFirstFewFailures() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT);

        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void makesTheNextAttemptWaitOneSecondAfterThat() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailure() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 3);

        clock.advance(Duration.ofSeconds(3));
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void neverMakesAnyoneWaitLongerThanFifteenMinutes() {
        fail(ATTACKER, "admin", 100);

        clock.advance(LoginThrottle.MAX_WAIT.minusSeconds(1));
        assertThat(permits(ATTACKER, "admin")).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void aStreakForAnAccountFromOtherAddressesDoesNotSlowDownThisOne() {
        fail(ATTACKER, "admin", 100);

        assertThat(permits(ATTACKER, "admin")).isFalse();
        assertThat(permits(OWNER, "admin")).isTrue();
    }

    @Test
    void slowsDownAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed(ATTACKER, "user-" + i);
        }
        assertThat(permits(ATTACKER, "someone-new")).isTrue();

        throttle.failed(ATTACKER, "one-more");

        assertThat(throttle.waitBefore(ATTACKER, "someone-new")).isEqualTo(Duration.ofSeconds(1));
        assertThat(permits(OWNER, "someone-new")).isTrue();
    }

    @Test
    void forgetsTheAccountsFailuresFromThatAddressAfterASuccess() {
        fail(OWNER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);
        clock.advance(Duration.ofSeconds(1));

        throttle.succeeded(OWNER, "admin");
        throttle.failed(OWNER, "admin");

        assertThat(permits(OWNER, "admin")).isTrue();
    }

    @Test
    void aSuccessWithItsOwnAccountDoesNotClearAnAddressThatTriesManyAccounts() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed(ATTACKER, "user-" + i);
        }
        clock.advance(Duration.ofSeconds(1));

        throttle.succeeded(ATTACKER, "attackers-own-account");
        throttle.failed(ATTACKER, "user-x");

        assertThat(permits(ATTACKER, "user-y")).isFalse();
    }

    @Test
    void forgetsAStreakAfterAQuietHour() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 5);

        clock.advance(LoginThrottle.FORGET_AFTER);
        throttle.failed(ATTACKER, "admin");

        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void keepsAStreakOfAnAttackerWhoWaitsOutEveryWait() {
        fail(ATTACKER, "admin", 40);

        clock.advance(LoginThrottle.MAX_WAIT);
        throttle.failed(ATTACKER, "admin");

        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void countsCaseVariantsOfANameAsOneAccount() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        assertThat(permits(ATTACKER, "ADMIN")).isFalse();
        assertThat(permits(ATTACKER, "partner")).isTrue();
    }

    @Test
    void keepsALockWhileFewerThanItsCapacityOfOtherKeysArrive() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 10);

        for (int i = 0; i < LoginThrottle.MAX_TRACKED - 10; i++) {
            throttle.failed(new ClientAddress("10.0." + (i / 256) + "." + (i % 256)), "made-up-" + i);
        }

        assertThat(permits(ATTACKER, "admin")).isFalse();
    }

    @Test
    void tracksABoundedNumberOfKeysHoweverManyArrive() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_TRACKED; i++) {
            throttle.failed(new ClientAddress("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)),
                    "made-up-" + i);
        }

        assertThat(throttle.tracked()).isLessThanOrEqualTo(2 * LoginThrottle.MAX_TRACKED);
    }

    @Test
    void treatsAnAbsurdlyLongNameLikeAnyOther() {
        fail(ATTACKER, "x".repeat(100_000), LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        assertThat(permits(ATTACKER, "x".repeat(100_000))).isFalse();
    }
}
