package io.dynamicendpoints.adapters.persistence.user;

import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.stream.Collectors;

/** Converts between users and rows; roles are stored by their enum names, in declaration order. */
final class UserRowMapper {

    private static final String ROLE_SEPARATOR = ",";

    private UserRowMapper() {
    }

    static UserRow toRow(User user) {
        String roles = EnumSet.copyOf(user.roles()).stream().map(Role::name).collect(Collectors.joining(ROLE_SEPARATOR));
        return new UserRow(user.username(), user.passwordHash().value(), roles, user.tokenStamp().value());
    }

    static User toUser(UserRow row) {
        EnumSet<Role> roles = Arrays.stream(row.roles().split(ROLE_SEPARATOR))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
        return new User(row.username(), new PasswordHash(row.passwordHash()), roles, new TokenStamp(row.tokenStamp()));
    }
}
