package io.dynamicendpoints.application.receive;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A request that arrived on {@code /listener/{first_hash}/{second_hash}}, as the HTTP adapter saw it.
 * Header names are lower case.
 */
public record IncomingRequest(
        String method,
        String firstHash,
        String secondHash,
        Map<String, List<String>> query,
        Map<String, List<String>> headers,
        byte[] body) {

    public IncomingRequest {
        query = query == null ? Map.of() : query;
        headers = headers == null ? Map.of() : headers;
        body = body == null ? new byte[0] : body;
    }

    public Optional<String> header(String lowerCaseName) {
        List<String> values = headers.get(lowerCaseName);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
    }
}
