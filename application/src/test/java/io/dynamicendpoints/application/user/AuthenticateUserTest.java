package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class AuthenticateUserTest {

    /** bcrypt's lowest cost: the tests check logic, not the slowness that protects stolen hashes. */
    private static final PasswordHashing PASSWORDS = new PasswordHashing(4);

    private final InMemoryUsers users = new InMemoryUsers();
    private final AuthenticateUser authenticate =
            new AuthenticateUser(users, PASSWORDS, new LoginThrottle(Clock.fixed(Instant.EPOCH, ZoneOffset.UTC)));

    @BeforeEach
    void anIntegratorExists() {
        users.add(new User("partner", PASSWORDS.hash("correct horse battery"), Set.of(Role.INTEGRATOR)));
    }

    @Test
    void acceptsTheRightPassword() {
        assertThat(authenticate.authenticate("partner", "correct horse battery"))
                .hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.INTEGRATOR));
    }

    @Test
    void refusesAWrongPassword() {
        assertThat(authenticate.authenticate("partner", "correct horse battery!")).isEmpty();
        assertThat(authenticate.authenticate("partner", "")).isEmpty();
    }

    @Test
    void refusesAnUnknownName() {
        assertThat(authenticate.authenticate("nobody", "correct horse battery")).isEmpty();
    }

    @Test
    void comparesNamesExactly() {
        assertThat(authenticate.authenticate("Partner", "correct horse battery")).isEmpty();
    }

    @Test
    void refusesMissingCredentials() {
        assertThat(authenticate.authenticate(null, "correct horse battery")).isEmpty();
        assertThat(authenticate.authenticate("partner", null)).isEmpty();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReadsInsteadOfCuttingIt() {
        String longPassword = "a".repeat(72);
        users.add(new User("long", PASSWORDS.hash(longPassword), Set.of(Role.ADMIN)));

        assertThat(authenticate.authenticate("long", longPassword)).isPresent();
        assertThat(authenticate.authenticate("long", longPassword + "b")).isEmpty();
    }

    @Test
    void refusesEvenTheRightPasswordAfterTooManyFailures() {
        for (int i = 0; i <= LoginThrottle.FREE_ATTEMPTS; i++) {
            authenticate.authenticate("partner", "guess " + i);
        }

        assertThat(authenticate.authenticate("partner", "correct horse battery")).isEmpty();
    }
}
