package io.dynamicendpoints.adapters.http.error;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder.ErrorDataDecoderException;
import jakarta.inject.Singleton;

/**
 * A form body ({@code application/x-www-form-urlencoded}) Netty cannot decode, such as a broken
 * percent-escape in {@code username=%zz}: the caller's mistake, so 400. Unhandled, it was a 500 and
 * a stack trace in the log for every such request.
 */
@Produces
@Singleton
final class MalformedFormHandler implements ExceptionHandler<ErrorDataDecoderException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ErrorDataDecoderException exception) {
        return HttpResponse.badRequest(ApiError.of("bad_request", "The form body is not validly encoded"));
    }
}
