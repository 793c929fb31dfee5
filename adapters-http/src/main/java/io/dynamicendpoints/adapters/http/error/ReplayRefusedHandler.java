package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.requestlog.ReplayRefusedException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * A logged request that cannot be replayed in the platform's present state (its workflow is gone or
 * unpublished, its body was cut): 409, with the reason as the error code.
 */
@Produces
@Singleton
final class ReplayRefusedHandler implements ExceptionHandler<ReplayRefusedException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ReplayRefusedException exception) {
        return HttpResponse.<ApiError>status(HttpStatus.CONFLICT)
                .body(ApiError.of(exception.reason(), exception.getMessage()));
    }
}
