package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.User;

import java.util.Comparator;
import java.util.List;

/** The accounts, by name. */
public final class ListUsers {

    private final Users users;

    public ListUsers(Users users) {
        this.users = users;
    }

    public List<User> list() {
        return users.all().stream().sorted(Comparator.comparing(User::username)).toList();
    }
}
