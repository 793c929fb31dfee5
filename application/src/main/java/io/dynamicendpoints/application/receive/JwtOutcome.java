package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.domain.record.VirtualRecord;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What the endpoint JWT check concluded about a request. */
public sealed interface JwtOutcome {

    /**
     * A request's {@code __data} in which a verified token's {@code data} claim appears as
     * {@code __headers.__jwt_data[0]} (a one-element list, as documented); the same map when there is none.
     */
    @SuppressWarnings("unchecked")
    default Map<String, Object> exposeIn(Map<String, Object> data) {
        if (!(this instanceof Verified verified) || verified.data().isEmpty()) {
            return data; // nothing to add: no copy on the hot path
        }
        Map<String, Object> copy = new LinkedHashMap<>(data);
        Map<String, Object> headers = new LinkedHashMap<>((Map<String, Object>) data.get(VirtualRecord.HEADERS));
        headers.put("__jwt_data", List.of(verified.data().get()));
        copy.put(VirtualRecord.HEADERS, headers);
        return copy;
    }

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
