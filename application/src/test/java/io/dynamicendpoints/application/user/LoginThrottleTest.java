package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.MutableClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

    private static final ClientAddress ATTACKER = new ClientAddress("203.0.113.66");
    private static final ClientAddress OWNER = new ClientAddress("198.51.100.7");

    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-01T00:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    /** Fails this often, waiting out every wait first: the most an attacker gets through. */
    private void fail(ClientAddress from, String username, int times) {
        for (int i = 0; i < times; i++) {
            clock.advance(throttle.waitBefore(from, username));
            assertThat(throttle.admit(from, username)).isZero();
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

        assertThat(throttle.admit(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(permits(ATTACKER, "admin")).isTrue();
    }

    @Test
    void doublesTheWaitWithEveryFurtherFailure() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT);
        List<Duration> waits = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            fail(ATTACKER, "admin", 1);
            waits.add(throttle.waitBefore(ATTACKER, "admin"));
        }

        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(4),
                Duration.ofSeconds(8));
    }

    @Test
    void neverMakesAnyoneWaitLongerThanFifteenMinutesAndKeepsTheStreakOfOneWhoWaitsItOut() {
        fail(ATTACKER, "admin", 40);

        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(LoginThrottle.MAX_WAIT);
        fail(ATTACKER, "admin", 1);
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(LoginThrottle.MAX_WAIT);
    }

    @Test
    void refusesAndDoesNotCountAttemptsInsideTheWait() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        for (int i = 0; i < 10; i++) {
            assertThat(throttle.admit(ATTACKER, "admin")).isPositive();
        }

        clock.advance(Duration.ofSeconds(1));
        fail(ATTACKER, "admin", 1);
        assertThat(throttle.waitBefore(ATTACKER, "admin")).isEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void aStreakForAnAccountFromOtherAddressesDoesNotSlowDownThisOne() {
        fail(ATTACKER, "admin", 30);

        assertThat(permits(ATTACKER, "admin")).isFalse();
        assertThat(permits(OWNER, "admin")).isTrue();
    }

    @Test
    void slowsDownAnAddressThatTriesManyAccounts() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail(ATTACKER, "user-" + i, 1);
        }
        assertThat(permits(ATTACKER, "someone-new")).isTrue();

        fail(ATTACKER, "one-more", 1);

        assertThat(throttle.waitBefore(ATTACKER, "someone-new")).isEqualTo(Duration.ofSeconds(1));
        assertThat(permits(OWNER, "someone-new")).isTrue();
    }

    @Test
    void forgetsTheAccountsFailuresFromThatAddressAfterASuccess() {
        fail(OWNER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.admit(OWNER, "admin")).isZero();
        throttle.succeeded(OWNER, "admin");
        fail(OWNER, "admin", 1);

        assertThat(permits(OWNER, "admin")).isTrue();
    }

    @Test
    void doesNotCountASuccessAgainstTheAddress() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_ADDRESS - 1; i++) {
            fail(OWNER, "user-" + i, 1);
        }
        assertThat(throttle.admit(OWNER, "admin")).isZero();
        throttle.succeeded(OWNER, "admin");

        fail(OWNER, "typo", 1);

        assertThat(permits(OWNER, "admin")).isTrue();
    }

    @Test
    void aSuccessWithItsOwnAccountDoesNotClearAnAddressThatTriesManyAccounts() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            fail(ATTACKER, "user-" + i, 1);
        }
        clock.advance(Duration.ofSeconds(1));

        assertThat(throttle.admit(ATTACKER, "attackers-own-account")).isZero();
        throttle.succeeded(ATTACKER, "attackers-own-account");

        assertThat(permits(ATTACKER, "user-y")).isFalse();
    }

    @Test
    void letsOneOfABurstOfParallelAttemptsThroughWhenAWaitEnds() throws Exception {
        fail(ATTACKER, "admin", 10);
        clock.advance(throttle.waitBefore(ATTACKER, "admin"));
        List<Callable<Duration>> burst = new ArrayList<>();
        for (int i = 0; i < 32; i++) {
            burst.add(() -> throttle.admit(ATTACKER, "admin"));
        }

        int admitted = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
            for (Future<Duration> wait : pool.invokeAll(burst)) {
                admitted += wait.get().isZero() ? 1 : 0;
            }
        }

        assertThat(admitted).isEqualTo(1);
    }

    @Test
    void forgetsAStreakAfterAQuietHour() {
        fail(ATTACKER, "admin", LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 5);

        clock.advance(LoginThrottle.FORGET_AFTER);
        fail(ATTACKER, "admin", 1);

        assertThat(permits(ATTACKER, "admin")).isTrue();
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
            throttle.admit(new ClientAddress("10.0." + (i / 256) + "." + (i % 256)), "made-up-" + i);
        }

        assertThat(permits(ATTACKER, "admin")).isFalse();
    }

    @Test
    void tracksABoundedNumberOfKeysHoweverManyArrive() {
        for (int i = 0; i < 3 * LoginThrottle.MAX_TRACKED; i++) {
            throttle.admit(new ClientAddress("10." + (i >> 16) + "." + ((i >> 8) & 255) + "." + (i & 255)),
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
