package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.User;

import java.util.Optional;

/** Checks a user name and password; the answer takes as long for an unknown name as for a wrong password. */
public final class AuthenticateUser {

    private final Users users;
    private final PasswordHashing passwords;

    public AuthenticateUser(Users users, PasswordHashing passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public Optional<User> authenticate(String username, String password) {
        if (username == null || password == null) {
            return Optional.empty();
        }
        Optional<User> user = users.find(username);
        if (user.isEmpty()) {
            passwords.matchesNothing(password);
            return Optional.empty();
        }
        return passwords.matches(password, user.get().passwordHash()) ? user : Optional.empty();
    }
}
