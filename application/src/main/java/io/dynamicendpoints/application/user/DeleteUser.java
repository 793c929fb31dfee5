package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;

import java.util.Map;

/** Deletes an account; the last admin cannot be deleted, or nobody could manage the platform again. */
public final class DeleteUser {

    private final Users users;

    public DeleteUser(Users users) {
        this.users = users;
    }

    public void delete(String username) {
        User user = users.find(username).orElseThrow(() -> new UserNotFoundException(username));
        boolean lastAdmin = user.roles().contains(Role.ADMIN)
                && users.all().stream().filter(other -> other.roles().contains(Role.ADMIN)).count() == 1;
        if (lastAdmin) {
            throw new InvalidUserException(Map.of("username", "The last admin cannot be deleted"));
        }
        if (!users.remove(username)) {
            throw new UserNotFoundException(username);
        }
    }
}
