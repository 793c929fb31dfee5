package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;

import java.util.List;
import java.util.Optional;

/** The accounts of the APIs and the console. */
public interface Users {

    Optional<User> find(String username);

    /** Stores a user; false when the name is taken. */
    boolean add(User user);

    List<User> all();

    boolean remove(String username);

    /**
     * Replaces the user's password hash and token stamp (so tokens issued before stop working), keeping
     * name and roles; false when no such user exists.
     */
    boolean changePassword(String username, PasswordHash passwordHash, TokenStamp tokenStamp);
}
