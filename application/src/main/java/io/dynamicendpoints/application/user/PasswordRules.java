package io.dynamicendpoints.application.user;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a new password must satisfy, the same whether an account is created, its password reset or the
 * first admin configured: long enough to resist guessing, short enough for the hash function (bcrypt
 * reads 72 bytes), and not one of the passwords guessed first — length alone let {@code aaaaaaaaaaaa},
 * twelve spaces and {@code password1234} through.
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
        if (password.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c))) {
            return Optional.of("Not only spaces: use letters, digits or symbols");
        }
        if (password.codePoints().distinct().count() == 1) {
            return Optional.of("Not one character repeated");
        }
        if (CommonPasswords.contains(password)) {
            return Optional.of("Too common: it is among the passwords guessed first");
        }
        return Optional.empty();
    }
}
