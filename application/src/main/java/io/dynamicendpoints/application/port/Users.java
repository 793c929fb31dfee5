package io.dynamicendpoints.application.port;

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
}
