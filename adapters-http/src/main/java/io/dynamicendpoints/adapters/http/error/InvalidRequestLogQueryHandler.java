package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.requestlog.InvalidRequestLogQueryException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A request log listing with parameters that make no sense: 400, one entry per bad parameter in {@code details}. */
@Produces
@Singleton
final class InvalidRequestLogQueryHandler
        implements ExceptionHandler<InvalidRequestLogQueryException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, InvalidRequestLogQueryException exception) {
        return HttpResponse.badRequest(new ApiError("invalid_query",
                "The listing's parameters are invalid: see details for each one", exception.violations()));
    }
}
