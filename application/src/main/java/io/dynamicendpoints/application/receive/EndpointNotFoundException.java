package io.dynamicendpoints.application.receive;

/**
 * No published endpoint has these hashes. Unknown and unpublished endpoints are indistinguishable on
 * purpose: a caller must not learn that a URL exists.
 */
public final class EndpointNotFoundException extends RuntimeException {

    public EndpointNotFoundException() {
        super("No published endpoint at this address", null, false, false);
    }
}
