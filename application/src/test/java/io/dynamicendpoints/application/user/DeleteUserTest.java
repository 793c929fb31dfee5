package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DeleteUserTest {

    private static final PasswordHash HASH = new PasswordHash("$2a$04$notarealhashbutnotneededhere");

    private final InMemoryUsers users = new InMemoryUsers();
    private final DeleteUser deleteUser = new DeleteUser(users);

    @Test
    void deletesAUser() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));
        users.add(new User("partner", HASH, Set.of(Role.INTEGRATOR)));

        deleteUser.delete("partner");

        assertThat(users.find("partner")).isEmpty();
    }

    @Test
    void refusesToDeleteTheLastAdmin() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));
        users.add(new User("partner", HASH, Set.of(Role.INTEGRATOR)));

        assertThatThrownBy(() -> deleteUser.delete("admin")).isInstanceOf(InvalidUserException.class);
        assertThat(users.find("admin")).isPresent();
    }

    @Test
    void deletesAnAdminWhileAnotherRemains() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));
        users.add(new User("second-admin", HASH, Set.of(Role.ADMIN, Role.INTEGRATOR)));

        deleteUser.delete("admin");

        assertThat(users.all()).extracting(User::username).containsExactly("second-admin");
    }

    @Test
    void refusesAnUnknownUser() {
        assertThatThrownBy(() -> deleteUser.delete("nobody")).isInstanceOf(UserNotFoundException.class);
    }
}
