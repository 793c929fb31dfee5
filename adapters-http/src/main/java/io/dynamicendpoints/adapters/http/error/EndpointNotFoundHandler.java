package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.receive.EndpointNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** Unknown and unpublished endpoints answer alike (404), so a URL's existence never leaks. */
@Produces
@Singleton
final class EndpointNotFoundHandler implements ExceptionHandler<EndpointNotFoundException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, EndpointNotFoundException exception) {
        return HttpResponse.notFound(ApiError.of("not_found", exception.getMessage()));
    }
}
