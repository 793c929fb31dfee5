package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.User;

import java.time.Clock;
import java.util.Optional;

/**
 * Checks a user name and password. The answer takes as long for an unknown name as for a wrong
 * password, and repeated failures for one name are slowed down by the {@link LoginThrottle}.
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

    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null || !throttle.permits(username)) {
            return Optional.empty();
        }
        Optional<User> user = users.find(username);
        boolean matches = user.isPresent()
                ? passwords.matches(password, user.get().passwordHash())
                : passwords.matchesNothing(password);
        if (!matches) {
            throttle.failed(username);
            return Optional.empty();
        }
        throttle.succeeded(username);
        return user;
    }
}
