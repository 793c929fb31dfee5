package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;

import java.sql.SQLException;
import java.util.Map;

/**
 * A request failed because the database could not be reached (the pool gave no connection within its
 * {@code connection-timeout}, or the connection broke): the caller gets 503 {@code storage_unavailable}
 * with {@code Retry-After}, not 500, because nothing is wrong with the request and a retry will succeed
 * once the database is back. Told by the cause chain: the pool's or the driver's {@link SQLException},
 * which the stores' own exceptions (the port's {@code StoreUnavailableException}, Micronaut Data's)
 * carry as their cause. Why not the port's exception itself: this adapter calls use cases, never ports.
 */
public final class StorageUnavailable {

    public static final String ERROR = "storage_unavailable";
    public static final String MESSAGE = "The database cannot be reached; retry the request";
    /** Seconds a caller should wait: about the pool's connection timeout, the time it waited already. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** How far down a cause chain the failure is looked for; chains are short, and one may loop. */
    private static final int MAX_CAUSES = 16;

    private StorageUnavailable() {
    }

    /** Whether {@code failure} is the database's being out of reach. */
    public static boolean causes(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return true;
            }
        }
        return false;
    }

    /** The listener's answer. */
    public static ErrorResponse reply() {
        return new ErrorResponse(503, ERROR, null, null, MESSAGE, Map.of("Retry-After", RETRY_AFTER_SECONDS));
    }
}
