package io.dynamicendpoints.adapters.http.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Filter;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Correlates a request with its answer and the logs: a caller's {@code X-Request-Id} is echoed when it
 * is a sane token, otherwise a new one is generated, and every answer (errors included) carries it.
 */
@ServerFilter(Filter.MATCH_ALL_PATTERN)
final class RequestIdFilter {

    public static final String HEADER = "X-Request-Id";
    static final String ATTRIBUTE = "dynamic-endpoints.request-id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @RequestFilter
    void assign(HttpRequest<?> request) {
        String given = request.getHeaders().get(HEADER);
        request.setAttribute(ATTRIBUTE, given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString());
    }

    @ResponseFilter
    void echo(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.getHeaders().set(HEADER, request.getAttribute(ATTRIBUTE, String.class)
                .orElseGet(() -> UUID.randomUUID().toString()));
    }
}
