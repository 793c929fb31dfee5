package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.adapters.http.ReplyHeader;
import io.dynamicendpoints.adapters.http.RequestId;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.Optional;

/**
 * Correlates a request with its answer and the logs: a caller's {@code X-Request-Id} is echoed when it
 * is a sane token, otherwise a new one is generated, and every answer (errors included) carries it.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class RequestIdFilter {

    public static final String HEADER = RequestId.HEADER;
    static final String ATTRIBUTE = "dynamic-endpoints.request-id";

    @RequestFilter
    void assign(HttpRequest<?> request) {
        idOf(request);
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        // The id is a sane token or one of ours: nothing to validate.
        ReplyHeader.set(response, HEADER, idOf(request));
    }

    /**
     * The id of {@code request}, given to it on first asking: the caller's when sane, a new one
     * otherwise. Also asked by {@link ApiErrorResponseProcessor}: a request the security filter
     * refuses (a missing API token) fails with an exception before this filter's request filter
     * ran, and Micronaut makes its answer after the response filters.
     */
    static String idOf(HttpRequest<?> request) {
        Optional<String> assigned = request.getAttribute(ATTRIBUTE, String.class);
        if (assigned.isPresent()) {
            return assigned.get();
        }
        String id = RequestId.of(request.getHeaders().get(HEADER));
        request.setAttribute(ATTRIBUTE, id);
        return id;
    }
}
