package io.dynamicendpoints.adapters.http.error;

import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;

/**
 * Gives the errors Micronaut produces itself (unknown route, wrong method, unreadable body, missing
 * token...) the same {@link ApiError} shape as ours. Messages of server errors are never passed on:
 * they may carry internals.
 */
@Singleton
@Primary
final class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    private static final String LISTENER_PATH = "/listener/";
    private static final String LISTENER_METHODS = "GET, POST, PUT, OPTIONS";

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        if (context.getRequest().getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        if (status == 405 && context.getRequest().getPath().startsWith(LISTENER_PATH)) {
            // The listener's contract names exactly these; the router would also list HEAD.
            typed.getHeaders().set(HttpHeaders.ALLOW, LISTENER_METHODS);
            return typed.body(ApiError.of("method_not_allowed",
                    context.getRequest().getMethodName() + " is not accepted here; use " + LISTENER_METHODS))
                    .contentType(MediaType.APPLICATION_JSON_TYPE);
        }
        String message = status >= 500 || context.getErrors().isEmpty()
                ? defaultMessage(status)
                : context.getErrors().getFirst().getMessage();
        return typed.body(ApiError.of(code(status), message)).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private static String code(int status) {
        return switch (status) {
            case 400 -> "bad_request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 406 -> "not_acceptable";
            case 413 -> "payload_too_large";
            case 415 -> "unsupported_media_type";
            default -> status >= 500 ? "internal_error" : "http_" + status;
        };
    }

    private static String defaultMessage(int status) {
        return switch (status) {
            case 401 -> "Authentication is required";
            case 403 -> "You are not allowed to do this";
            case 404 -> "Nothing here";
            case 405 -> "This method is not allowed here";
            case 413 -> "The request body is too large";
            default -> status >= 500 ? "The server failed to handle the request" : "The request was not accepted";
        };
    }
}
