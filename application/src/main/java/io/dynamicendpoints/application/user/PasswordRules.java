package io.dynamicendpoints.application.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must satisfy, the same whether an account is created or its password reset:
 * long enough to resist guessing, short enough for the hash function (bcrypt reads 72 bytes).
 */
final class PasswordRules {

    static final int MIN_PASSWORD_LENGTH = 12;

    private PasswordRules() {
    }

    /** Why the password is refused, or empty when it is acceptable. */
    static Optional<String> problemWith(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            return Optional.of("At least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PasswordHashing.MAX_PASSWORD_BYTES) {
            return Optional.of("At most " + PasswordHashing.MAX_PASSWORD_BYTES + " bytes");
        }
        return Optional.empty();
    }
}
