package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.user.InvalidUserException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A user that cannot be created or deleted as asked: 400 with the reason per field. */
@Produces
@Singleton
final class InvalidUserHandler implements ExceptionHandler<InvalidUserException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, InvalidUserException exception) {
        return HttpResponse.badRequest(new ApiError("invalid_user", "The user cannot be saved: see details",
                exception.details()));
    }
}
