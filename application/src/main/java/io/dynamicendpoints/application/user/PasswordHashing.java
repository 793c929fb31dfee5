package io.dynamicendpoints.application.user;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.dynamicendpoints.domain.user.PasswordHash;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt, cost 12 by default: slow on purpose, so a stolen database does not give up its passwords
 * cheaply. The cost is configurable so tests need not pay it.
 */
public final class PasswordHashing {

    /** bcrypt reads at most 72 bytes; longer passwords are refused rather than silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    private final int cost;
    // Compared against when the user does not exist, so both paths take the same time.
    private final PasswordHash decoy;

    public PasswordHashing(int cost) {
        this.cost = cost;
        this.decoy = hash("decoy-password-for-unknown-users");
    }

    public PasswordHash hash(String password) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_PASSWORD_BYTES) {
            throw new IllegalArgumentException("A password is at most " + MAX_PASSWORD_BYTES + " bytes");
        }
        return new PasswordHash(new String(BCrypt.withDefaults().hash(cost, bytes), StandardCharsets.US_ASCII));
    }

    public boolean matches(String password, PasswordHash hash) {
        byte[] bytes = password.getBytes(StandardCharsets.UTF_8);
        if (bytes.length > MAX_PASSWORD_BYTES) {
            return false;
        }
        return BCrypt.verifyer().verify(bytes, hash.value().getBytes(StandardCharsets.US_ASCII)).verified;
    }

    /** Spends the time of one verification, for a user name that does not exist. */
    boolean matchesNothing(String password) {
        matches(password, decoy);
        return false;
    }
}
