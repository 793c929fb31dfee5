package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.User;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Checks a user name and password sent from a client address. The answer takes as long for an unknown
 * name as for a wrong password, and repeated failures from one address are slowed down by the
 * {@link LoginThrottle}. Names are matched exactly as stored: {@code Admin} does not sign in as
 * {@code admin} (no two accounts differ only in case, so nobody else can either).
 */
public final class AuthenticateUser {

    private final Users users;
    private final PasswordHashing passwords;
    private final LoginThrottle throttle;

    public AuthenticateUser(Users users, PasswordHashing passwords, LoginThrottle throttle) {
        this.users = users;
        this.passwords = passwords;
        this.throttle = throttle;
    }

    public AuthenticateUser(Users users, PasswordHashing passwords) {
        this(users, passwords, new LoginThrottle(Clock.systemUTC()));
    }

    public SignIn authenticate(String username, String password, ClientAddress from) {
        if (username == null || password == null) {
            return new SignIn.Refused();
        }
        Duration wait = throttle.admit(from, username);
        if (wait.isPositive()) {
            return new SignIn.Throttled(wait);
        }
        Optional<User> user = users.find(username);
        boolean matches = user.isPresent()
                ? passwords.matches(password, user.get().passwordHash())
                : passwords.matchesNothing(password);
        if (!matches) {
            return new SignIn.Refused(); // admit counted the failure already
        }
        throttle.succeeded(from, username);
        return new SignIn.SignedIn(user.get());
    }
}
