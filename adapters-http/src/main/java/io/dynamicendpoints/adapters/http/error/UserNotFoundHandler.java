package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.user.UserNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A user name that does not exist: 404. */
@Produces
@Singleton
final class UserNotFoundHandler implements ExceptionHandler<UserNotFoundException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, UserNotFoundException exception) {
        return HttpResponse.notFound(ApiError.of("user_not_found", exception.getMessage()));
    }
}
