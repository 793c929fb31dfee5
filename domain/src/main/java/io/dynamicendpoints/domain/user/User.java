package io.dynamicendpoints.domain.user;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An account of the admin console and APIs. Its {@link TokenStamp} is carried by every API token it
 * signs in for; a token whose stamp is no longer the account's is refused.
 */
public record User(String username, PasswordHash passwordHash, Set<Role> roles, TokenStamp tokenStamp) {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    public User {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("A user name is 1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        Objects.requireNonNull(passwordHash, "passwordHash");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A user has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
        Objects.requireNonNull(tokenStamp, "tokenStamp");
    }

    /** A new account, whose tokens carry a fresh stamp. */
    public User(String username, PasswordHash passwordHash, Set<Role> roles) {
        this(username, passwordHash, roles, TokenStamp.fresh());
    }
}
