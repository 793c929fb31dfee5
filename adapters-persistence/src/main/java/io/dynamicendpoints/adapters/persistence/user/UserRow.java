package io.dynamicendpoints.adapters.persistence.user;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * A row of the {@code platform_user} table ({@code user} is reserved in PostgreSQL). Its
 * {@code created_at} column is filled by the database for operators; the domain has no use for it,
 * so the row leaves it out.
 *
 * @param roles      role names separated by commas, such as {@code ADMIN,INTEGRATOR}
 * @param tokenStamp the mark the account's API tokens carry
 */
@MappedEntity("platform_user")
record UserRow(@Id String username, String passwordHash, String roles, String tokenStamp) {
}
