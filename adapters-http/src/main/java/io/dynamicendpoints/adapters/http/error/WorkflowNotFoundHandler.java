package io.dynamicendpoints.adapters.http.error;

import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/** An admin call naming a workflow that does not exist: 404. */
@Produces
@Singleton
final class WorkflowNotFoundHandler implements ExceptionHandler<WorkflowNotFoundException, HttpResponse<ApiError>> {

    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, WorkflowNotFoundException exception) {
        return HttpResponse.notFound(ApiError.of("workflow_not_found", exception.getMessage()));
    }
}
