package io.dynamicendpoints.adapters.persistence.record;

import io.dynamicendpoints.application.port.StoreUnavailableException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.exceptions.TransactionException;

import java.sql.SQLException;

/**
 * Tells the database's failures from the adapter's own: a failure of the database (a statement, the
 * connection, the pool, the transaction) becomes the port's {@link StoreUnavailableException}, so
 * that the workflow engine can tell a caller "storage" without knowing JDBC; anything else (a bug, a
 * field that cannot be written as JSON) passes unchanged.
 */
final class StoreFailure {

    /** How far down a cause chain a driver's exception is looked for; chains are short, and one may loop. */
    private static final int MAX_CAUSES = 16;

    private StoreFailure() {
    }

    /** {@code failure} as the port reports it. */
    static RuntimeException translated(RuntimeException failure) {
        if (failure instanceof StoreUnavailableException || !isDatabaseFailure(failure)) {
            return failure;
        }
        return new StoreUnavailableException("The record store failed: " + failure.getMessage(), failure);
    }

    private static boolean isDatabaseFailure(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException || cause instanceof DataAccessException
                    || cause instanceof TransactionException) {
                return true;
            }
        }
        return false;
    }
}
