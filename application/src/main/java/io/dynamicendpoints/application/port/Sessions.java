package io.dynamicendpoints.application.port;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who, if anyone, is signed in to the platform on the caller's side of a listener request (the product
 * reads it from its own session cookie). The listener exposes that user as
 * {@code __data.__logged_in_user_id} and {@code __data.__logged_in_user_full_name}; without a session
 * both stay absent, so templates render them empty.
 */
@FunctionalInterface
public interface Sessions {

    /** @param headers the request's headers, names lower case (cookies are in {@code cookie}) */
    Optional<SignedInUser> signedInUser(Map<String, List<String>> headers);

    /** No caller ever carries a session: the platform's users sign in to the console and APIs, not to endpoints. */
    static Sessions none() {
        return headers -> Optional.empty();
    }

    /** A signed-in user as templates see it. */
    record SignedInUser(String id, String fullName) {
    }
}
