package io.dynamicendpoints.adminui.base;

import io.dynamicendpoints.domain.user.Role;

import java.util.Set;

/** Who is signed in to this console session: the name and roles, never the password hash. */
public record ConsoleUser(String username, Set<Role> roles) {

    public ConsoleUser {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean hasAny(Role... wanted) {
        for (Role role : wanted) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }
}
