package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** A definition that breaks a rule: 400, with one entry per bad field in {@code details}. */
@Produces
@Singleton
final class InvalidWorkflowHandler implements ExceptionHandler<InvalidWorkflowException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, InvalidWorkflowException exception) {
        return HttpResponse.badRequest(new ApiError("invalid_workflow",
                "The workflow definition is invalid: see details for each field", exception.violations()));
    }
}
