package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;
import io.micronaut.context.annotation.Primary;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives the errors Micronaut produces itself (unknown route, wrong method, unreadable body, missing
 * token...) the same {@link ApiError} shape as ours. Messages of server errors are never passed on:
 * they may carry internals; those of refusals only as {@link ClientErrorMessage} words them.
 *
 * <p>Frames Netty's decoder finds too long get the precise status: 431 for headers, 414 for the
 * request line (Micronaut says 413 for both, which names the body).
 *
 * <p>Every error answer carries the request's {@code X-Request-Id} from here: those made after an
 * exception never pass {@link RequestIdFilter}'s response filter.
 *
 * <p>A server error whose cause is the database's being out of reach is a 503
 * {@code storage_unavailable} with {@code Retry-After} ({@link StorageUnavailable}).
 *
 * <p>It is also where the request log learns of listener requests the server refused before the
 * listener ran (413 for a body over {@code micronaut.server.max-request-size}, 405, unreadable
 * requests): those to a published endpoint are recorded like any other.
 */
@Singleton
@Primary
final class ApiErrorResponseProcessor implements ErrorResponseProcessor<ApiError> {

    private static final String LISTENER_PATH = "/listener/";
    private static final String LISTENER_METHODS = "GET, POST, PUT, OPTIONS";

    private final RecordRefusedRequest recordRefusedRequest;

    ApiErrorResponseProcessor(RecordRefusedRequest recordRefusedRequest) {
        this.recordRefusedRequest = recordRefusedRequest;
    }

    @Override
    public MutableHttpResponse<ApiError> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int status = response.code();
        HttpRequest<?> request = context.getRequest();
        @SuppressWarnings("unchecked")
        MutableHttpResponse<ApiError> typed = (MutableHttpResponse<ApiError>) response;
        typed.getHeaders().set(RequestIdFilter.HEADER, RequestIdFilter.idOf(request));
        if (status == 405 && request.getPath().startsWith(LISTENER_PATH)) {
            // The listener's contract names exactly these, HEAD included, which is refused too.
            typed.getHeaders().set(HttpHeaders.ALLOW, LISTENER_METHODS);
            ApiError refused = ApiError.of("method_not_allowed",
                    request.getMethodName() + " is not accepted here; use " + LISTENER_METHODS);
            if (request.getMethod() == HttpMethod.HEAD) {
                recordIfListener(request, status, refused);
                return typed; // an answer to HEAD has no body
            }
            return answer(request, typed, status, refused);
        }
        if (request.getMethod() == HttpMethod.HEAD) {
            return typed;
        }
        if (status == 413) {
            // Micronaut answers every frame Netty's decoder finds too long with 413, which names the
            // body: the caller would look for the wrong thing to shorten.
            Throwable refused = decoderFailure(request);
            if (refused instanceof TooLongHttpHeaderException) {
                return answer(request, typed, 431,
                        ApiError.of("headers_too_large", "The request headers are larger than the server accepts"));
            }
            if (refused instanceof TooLongHttpLineException) {
                return answer(request, typed, 414, ApiError.of("uri_too_long",
                        "The request line is longer than the server accepts; send the data in the body"));
            }
        }
        if (status == 500 && context.getRootCause().map(StorageUnavailable::causes).orElse(false)) {
            typed.getHeaders().set(HttpHeaders.RETRY_AFTER, StorageUnavailable.RETRY_AFTER_SECONDS);
            return answer(request, typed, 503, ApiError.of(StorageUnavailable.ERROR, StorageUnavailable.MESSAGE));
        }
        String message = status >= 500 ? defaultMessage(status) : ClientErrorMessage.of(context, defaultMessage(status));
        return answer(request, typed, status, ApiError.of(code(status), message));
    }

    private MutableHttpResponse<ApiError> answer(HttpRequest<?> request, MutableHttpResponse<ApiError> response,
                                                 int status, ApiError error) {
        recordIfListener(request, status, error);
        return response.status(status).body(error).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    /** Why Netty's decoder refused the request, when it did. */
    private static Throwable decoderFailure(HttpRequest<?> request) {
        if (request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().decoderResult().isFailure()) {
            return netty.getNativeRequest().decoderResult().cause();
        }
        return null;
    }

    /** Records a refused request whose path names a listener endpoint; the use case ignores unknown ones. */
    private void recordIfListener(HttpRequest<?> request, int status, ApiError error) {
        String path = request.getPath();
        if (!path.startsWith(LISTENER_PATH)) {
            return;
        }
        String[] hashes = path.substring(LISTENER_PATH.length()).split("/", -1);
        if (hashes.length != 2 || hashes[0].isEmpty() || hashes[1].isEmpty()) {
            return;
        }
        Map<String, List<String>> query = new LinkedHashMap<>();
        request.getParameters().forEach(query::put);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values));
        recordRefusedRequest.record(new IncomingRequest(request.getMethodName(), hashes[0], hashes[1], query, headers,
                null), status, error.error(), error.message());
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
