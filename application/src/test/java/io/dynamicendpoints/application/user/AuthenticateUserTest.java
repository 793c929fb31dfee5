package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.application.fake.MutableClock;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticateUserTest {

    private static final ClientAddress FROM = new ClientAddress("192.0.2.1");

    /** bcrypt's lowest cost: the tests check logic, not the slowness that protects stolen hashes. */
    private static final PasswordHashing PASSWORDS = new PasswordHashing(4);

    private static final ClientAddress ATTACKER = new ClientAddress("203.0.113.66");

    private final InMemoryUsers users = new InMemoryUsers();
    private final MutableClock clock = new MutableClock(Instant.EPOCH);
    private final AuthenticateUser authenticate = new AuthenticateUser(users, PASSWORDS, new LoginThrottle(clock));

    @BeforeEach
    void anIntegratorExists() {
        users.add(new User("partner", PASSWORDS.hash("correct horse battery"), Set.of(Role.INTEGRATOR)));
    }

    @Test
    void acceptsTheRightPassword() {
        assertThat(authenticate.authenticate("partner", "correct horse battery", FROM).user())
                .hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.INTEGRATOR));
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(authenticate.authenticate("partner", "correct horse battery!", FROM).user()).isEmpty();
        assertThat(authenticate.authenticate("partner", "", FROM).user()).isEmpty();
    }

    @Test
    void refusesAnUnknownName() {
        assertThat(authenticate.authenticate("nobody", "correct horse battery", FROM).user()).isEmpty();
    }

    @Test
    void comparesNamesExactly() {
        assertThat(authenticate.authenticate("Partner", "correct horse battery", FROM).user()).isEmpty();
    }

    @Test
    void refusesMissingCredentials() {
        assertThat(authenticate.authenticate(null, "correct horse battery", FROM).user()).isEmpty();
        assertThat(authenticate.authenticate("partner", null, FROM).user()).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsInsteadOfCuttingIt() {
        String longPassword = "a".repeat(72);
        users.add(new User("long", PASSWORDS.hash(longPassword), Set.of(Role.ADMIN)));

        assertThat(authenticate.authenticate("long", longPassword, FROM).user()).isPresent();
        assertThat(authenticate.authenticate("long", longPassword + "b", FROM).user()).isEmpty();
    }

    @Test
    void refusesEvenTheRightPasswordFromTheFailingAddressForAWhile() {
        failFor("partner", ATTACKER, LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        assertThat(authenticate.authenticate("partner", "correct horse battery", ATTACKER))
                .isEqualTo(new SignIn.Throttled(Duration.ofSeconds(1)));
        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticate.authenticate("partner", "correct horse battery", ATTACKER).user()).isPresent();
    }

    @Test
    void rightPasswordFromAnotherAddressGetsInWhileAnAttackerFails() {
        failFor("partner", ATTACKER, 20);

        assertThat(authenticate.authenticate("partner", "correct horse battery", FROM).user()).isPresent();
        assertThat(authenticate.authenticate("partner", "correct horse battery", ATTACKER))
                .isInstanceOf(SignIn.Throttled.class);
    }

    @Test
    void throttlesAnUnknownNameExactlyLikeAKnownOne() {
        failFor("partner", ATTACKER, LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);
        ClientAddress other = new ClientAddress("203.0.113.67");
        failFor("nobody", other, LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);

        assertThat(authenticate.authenticate("partner", "x", ATTACKER))
                .isEqualTo(authenticate.authenticate("nobody", "x", other));
    }

    @Test
    void doesNotCountAThrottledAttemptAsAnotherFailure() {
        failFor("partner", ATTACKER, LoginThrottle.FREE_FAILURES_PER_ACCOUNT + 1);
        failFor("partner", ATTACKER, 10); // all refused unchecked, inside the wait

        clock.advance(Duration.ofSeconds(1));
        assertThat(authenticate.authenticate("partner", "correct horse battery", ATTACKER).user()).isPresent();
    }

    private void failFor(String username, ClientAddress from, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(authenticate.authenticate(username, "guess " + i, from).user()).isEmpty();
        }
    }
}
