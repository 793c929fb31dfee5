package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Creates an account (usually an INTEGRATOR for a partner system) with a password of at least 12 characters. */
public final class CreateUser {

    private final Users users;
    private final PasswordHashing passwords;

    public CreateUser(Users users, PasswordHashing passwords) {
        this.users = users;
        this.passwords = passwords;
    }

    public User create(String username, String password, List<String> roles) {
        Map<String, String> problems = new LinkedHashMap<>();
        PasswordRules.problemWith(password).ifPresent(problem -> problems.put("password", problem));
        Set<Role> parsedRoles = EnumSet.noneOf(Role.class);
        if (roles == null || roles.isEmpty()) {
            problems.put("roles", "At least one of ADMIN, INTEGRATOR");
        } else {
            for (String role : roles) {
                try {
                    parsedRoles.add(Role.valueOf(role));
                } catch (IllegalArgumentException | NullPointerException unknown) {
                    problems.put("roles", "Unknown role '" + role + "': ADMIN or INTEGRATOR");
                }
            }
        }
        User user = null;
        if (problems.isEmpty()) {
            try {
                user = new User(username, passwords.hash(password), parsedRoles);
            } catch (IllegalArgumentException e) {
                problems.put("username", e.getMessage());
            }
        } else if (username == null || username.isBlank()) {
            problems.put("username", "Required");
        }
        if (!problems.isEmpty()) {
            throw new InvalidUserException(problems);
        }
        if (!users.add(user)) {
            throw new InvalidUserException(Map.of("username",
                    "The name '" + username + "' is taken (names are unique whatever their case)"));
        }
        return user;
    }
}
