package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;

import java.util.List;
import java.util.Optional;

/** The accounts of the APIs and the console. */
public interface Users {

    /** The account of exactly this name (case included). */
    Optional<User> find(String username);

    /**
     * Stores a user; false when the name is taken, in any case: {@code Admin} cannot join {@code admin},
     * so nobody can pass for another account by a name that differs only in case.
     */
    boolean add(User user);

    List<User> all();

    boolean remove(String username);

    /**
     * Replaces the user's password hash and token stamp (so tokens issued before stop working), keeping
     * name and roles; false when no such user exists.
     */
    boolean changePassword(String username, PasswordHash passwordHash, TokenStamp tokenStamp);
}
