package io.dynamicendpoints.adapters.persistence;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated tests only when the local PostgreSQL server ({@link TestDatabase#POSTGRES_HOST}:
 * {@link TestDatabase#POSTGRES_PORT}) accepts a connection, and otherwise reports them skipped with
 * that reason. A server that answers but refuses the test database fails the tests instead: that is
 * a setup error worth seeing, not a reason to skip.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(PostgresAnswers.class)
public @interface EnabledIfPostgresAnswers {
}
