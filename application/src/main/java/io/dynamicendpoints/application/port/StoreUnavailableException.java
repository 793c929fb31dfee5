package io.dynamicendpoints.application.port;

/**
 * A store behind a port could not do what was asked: its database is unreachable, the connection
 * broke, or the statement failed. Adapters throw it in place of their technology's exceptions, so
 * that a use case can tell a caller "storage" without knowing JDBC; the message and cause are for
 * admins only (they name drivers, pools and connections).
 */
public final class StoreUnavailableException extends RuntimeException {

    public StoreUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
