package io.dynamicendpoints.application.receive;

import java.util.Optional;

/** What the endpoint JWT check concluded about a request. */
public sealed interface JwtOutcome {

    /** The endpoint asks for no token. */
    record NotRequired() implements JwtOutcome {
    }

    /** A valid token; {@code data} is its {@code data} claim, if any. */
    record Verified(Optional<Object> data) implements JwtOutcome {
    }

    /** No token at all: 403. */
    record Missing() implements JwtOutcome {
    }

    /**
     * A token that fails: 401. {@code reason} is one of {@code malformed}, {@code algorithm},
     * {@code signature}, {@code issuer}, {@code expired}, {@code not_yet_valid}, {@code issued_in_future}.
     */
    record Rejected(String reason, String message) implements JwtOutcome {
    }
}
