package io.dynamicendpoints.adapters.persistence.user;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

import java.util.List;
import java.util.Optional;

/** The queries {@link JdbcUsers} needs over the {@code platform_user} table, and no others. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UserRowRepository extends GenericRepository<UserRow, String> {

    Optional<UserRow> findById(String username);

    List<UserRow> listOrderByUsername();

    /**
     * Inserts unless the name is taken, in any case. {@code ON CONFLICT DO NOTHING} (which H2
     * understands in PostgreSQL mode) names no constraint, so it covers the unique lower-case
     * {@code username_key} (V12) as well as the key: it settles a race between two processes inside the
     * database, without an error that would abort the surrounding transaction on PostgreSQL.
     *
     * @return 1 when inserted, 0 when the name was taken
     */
    @Query("INSERT INTO platform_user (username, username_key, password_hash, roles, token_stamp) "
            + "VALUES (:username, LOWER(:username), :passwordHash, :roles, :tokenStamp) ON CONFLICT DO NOTHING")
    int insertUnlessTaken(String username, String passwordHash, String roles, String tokenStamp);

    int deleteById(String username);

    @Query("UPDATE platform_user SET password_hash = :passwordHash, token_stamp = :tokenStamp WHERE username = :username")
    int updatePassword(String username, String passwordHash, String tokenStamp);
}
