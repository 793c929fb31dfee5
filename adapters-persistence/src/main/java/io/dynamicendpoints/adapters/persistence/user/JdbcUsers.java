package io.dynamicendpoints.adapters.persistence.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.Optional;

/**
 * {@link Users} in the {@code platform_user} table of the default datasource (H2 or PostgreSQL).
 * Every method is one statement, so none needs a transaction of its own; a taken name is detected by
 * the database, not by a read before the write, so two processes adding the same name cannot both win.
 */
@Singleton
public final class JdbcUsers implements Users {

    private final UserRowRepository rows;

    JdbcUsers(UserRowRepository rows) {
        this.rows = rows;
    }

    @Override
    public Optional<User> find(String username) {
        return rows.findById(username).map(UserRowMapper::toUser);
    }

    @Override
    public boolean add(User user) {
        UserRow row = UserRowMapper.toRow(user);
        return rows.insertUnlessTaken(row.username(), row.passwordHash(), row.roles(), row.tokenStamp()) == 1;
    }

    @Override
    public List<User> all() {
        return rows.listOrderByUsername().stream().map(UserRowMapper::toUser).toList();
    }

    @Override
    public boolean remove(String username) {
        return rows.deleteById(username) > 0;
    }

    @Override
    public boolean changePassword(String username, PasswordHash passwordHash, TokenStamp tokenStamp) {
        return rows.updatePassword(username, passwordHash.value(), tokenStamp.value()) == 1;
    }
}
