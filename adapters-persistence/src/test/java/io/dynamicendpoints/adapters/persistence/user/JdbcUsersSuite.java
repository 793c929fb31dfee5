package io.dynamicendpoints.adapters.persistence.user;

import io.dynamicendpoints.adapters.persistence.TestDatabase;
import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.application.port.UsersContract;
import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The {@link UsersContract} against {@link JdbcUsers}; the H2 and PostgreSQL subclasses choose the database. */
abstract class JdbcUsersSuite extends UsersContract {

    @Inject
    Users users;

    /** The database the subclass points the application at. */
    protected abstract TestDatabase database();

    @Override
    protected Users emptyUsers() {
        database().empty("platform_user");
        return users;
    }

    @Test
    void isTheJdbcAdapter() {
        assertThat(users).isInstanceOf(JdbcUsers.class);
    }

    @Test
    void storesRolesAsNamesAndStampsTheCreationTime() throws SQLException {
        users.add(new User("ops", new PasswordHash("$2a$10$hash"), Set.of(Role.INTEGRATOR, Role.ADMIN)));

        try (Connection connection = database().connect(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT roles, created_at FROM platform_user WHERE username = 'ops'")) {
            assertThat(row.next()).isTrue();
            assertThat(row.getString("roles")).isEqualTo("ADMIN,INTEGRATOR");
            assertThat(row.getTimestamp("created_at")).isNotNull();
        }
    }

    /** V12: the rule holds for any writer of the table, not only for this adapter. */
    @Test
    void theDatabaseItselfRefusesACaseVariantAndAKeyThatIsNotTheLowerCaseName() throws SQLException {
        users.add(new User("admin", new PasswordHash("$2a$10$hash"), Set.of(Role.ADMIN)));

        try (Connection connection = database().connect(); Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO platform_user (username, username_key, "
                    + "password_hash, roles) VALUES ('Admin', 'admin', 'x', 'ADMIN')")).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> statement.executeUpdate("INSERT INTO platform_user (username, username_key, "
                    + "password_hash, roles) VALUES ('Other', 'not-other', 'x', 'ADMIN')")).isInstanceOf(SQLException.class);
        }
        assertThat(users.all()).extracting(User::username).containsExactly("admin");
    }
}
