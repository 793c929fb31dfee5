package io.dynamicendpoints.application.fake;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * {@link Users} in a map, for tests of the use cases; it honours {@code UsersContract}: names are
 * unique whatever their case (the first one added wins) and otherwise compared exactly, and the list
 * comes sorted by name.
 */
public final class InMemoryUsers implements Users {

    private final ConcurrentSkipListMap<String, User> byName = new ConcurrentSkipListMap<>();

    @Override
    public Optional<User> find(String username) {
        return Optional.ofNullable(byName.get(username));
    }

    @Override
    public synchronized boolean add(User user) {
        if (byName.keySet().stream().anyMatch(name -> name.equalsIgnoreCase(user.username()))) {
            return false;
        }
        return byName.putIfAbsent(user.username(), user) == null;
    }

    @Override
    public List<User> all() {
        return List.copyOf(byName.values());
    }

    @Override
    public synchronized boolean remove(String username) {
        return byName.remove(username) != null;
    }

    @Override
    public boolean changePassword(String username, PasswordHash passwordHash, TokenStamp tokenStamp) {
        return byName.computeIfPresent(username,
                (name, user) -> new User(name, passwordHash, user.roles(), tokenStamp)) != null;
    }
}
