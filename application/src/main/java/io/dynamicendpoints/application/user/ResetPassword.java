package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.TokenStamp;

import java.util.Map;

/**
 * Gives an account a new password chosen by an admin, for a partner who lost theirs. The rules are
 * those of a new account; the name and roles stay as they were. The account gets a new token stamp, so
 * the API tokens issued with the old password stop working at once.
 */
public final class ResetPassword {

    private final Users users;
    private final PasswordHashing passwords;

    public ResetPassword(Users users, PasswordHashing passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    /**
     * @throws InvalidUserException  when the password breaks the rules (nothing changes)
     * @throws UserNotFoundException when no account has that name
     */
    public void reset(String username, String newPassword) {
        PasswordRules.problemWith(newPassword).ifPresent(problem -> {
            throw new InvalidUserException(Map.of("password", problem));
        });
        if (username == null || users.find(username).isEmpty()) {
            throw new UserNotFoundException(username);
        }
        // Hashing is slow by design, so it happens after the cheap checks; the update still reports a
        // user deleted in between rather than recreating it.
        if (!users.changePassword(username, passwords.hash(newPassword), TokenStamp.fresh())) {
            throw new UserNotFoundException(username);
        }
    }
}
