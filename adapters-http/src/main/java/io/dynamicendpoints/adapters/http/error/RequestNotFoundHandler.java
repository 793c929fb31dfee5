package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.requestlog.RequestNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An admin call naming a logged request that does not exist (or has expired): 404. */
@Produces
@Singleton
final class RequestNotFoundHandler implements ExceptionHandler<RequestNotFoundException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, RequestNotFoundException exception) {
        return HttpResponse.notFound(ApiError.of("request_not_found", exception.getMessage()));
    }
}
