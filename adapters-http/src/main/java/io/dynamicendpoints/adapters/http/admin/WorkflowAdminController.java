package io.dynamicendpoints.adapters.http.admin;

import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.DeleteWorkflow;
import io.dynamicendpoints.application.workflow.PublishWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.RegenerateEndpointUrl;
import io.dynamicendpoints.application.workflow.ReplaceWorkflow;
import io.dynamicendpoints.application.workflow.RotateEndpointSecret;
import io.dynamicendpoints.application.workflow.UnpublishWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.Status;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;

import java.util.List;
import java.util.Map;

/**
 * {@code /api/workflows}: create, read, replace, delete, publish, unpublish and re-address workflows.
 * Bodies are the workflow JSON of api.md §6, read and written by the application's
 * {@code WorkflowDocument}; secrets are included because only ADMINs get here.
 */
@Controller("/api/workflows")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
final class WorkflowAdminController {

    private final ReadWorkflows readWorkflows;
    private final CreateWorkflow createWorkflow;
    private final ReplaceWorkflow replaceWorkflow;
    private final DeleteWorkflow deleteWorkflow;
    private final PublishWorkflow publishWorkflow;
    private final UnpublishWorkflow unpublishWorkflow;
    private final RegenerateEndpointUrl regenerateEndpointUrl;
    private final RotateEndpointSecret rotateEndpointSecret;

    WorkflowAdminController(ReadWorkflows readWorkflows, CreateWorkflow createWorkflow,
                            ReplaceWorkflow replaceWorkflow, DeleteWorkflow deleteWorkflow,
                            PublishWorkflow publishWorkflow, UnpublishWorkflow unpublishWorkflow,
                            RegenerateEndpointUrl regenerateEndpointUrl, RotateEndpointSecret rotateEndpointSecret) {
        this.readWorkflows = readWorkflows;
        this.createWorkflow = createWorkflow;
        this.replaceWorkflow = replaceWorkflow;
        this.deleteWorkflow = deleteWorkflow;
        this.publishWorkflow = publishWorkflow;
        this.unpublishWorkflow = unpublishWorkflow;
        this.regenerateEndpointUrl = regenerateEndpointUrl;
        this.rotateEndpointSecret = rotateEndpointSecret;
    }

    @Get
    List<WorkflowSummary> list() {
        return readWorkflows.all().stream().map(WorkflowSummary::of).toList();
    }

    @Post
    HttpResponse<Map<String, Object>> create(@Body Map<String, Object> definition) {
        return HttpResponse.created(createWorkflow.create(definition).document());
    }

    @Get("/{id}")
    Map<String, Object> one(long id) {
        return readWorkflows.one(workflowId(id)).document();
    }

    @Put("/{id}")
    Map<String, Object> replace(long id, @Body Map<String, Object> definition) {
        return replaceWorkflow.replace(workflowId(id), definition).document();
    }

    @Delete("/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void delete(long id) {
        deleteWorkflow.delete(workflowId(id));
    }

    @Post("/{id}/publish")
    Map<String, Object> publish(long id) {
        return publishWorkflow.publish(workflowId(id)).document();
    }

    @Post("/{id}/unpublish")
    Map<String, Object> unpublish(long id) {
        return unpublishWorkflow.unpublish(workflowId(id)).document();
    }

    @Post("/{id}/regenerate-url")
    Map<String, Object> regenerateUrl(long id) {
        return regenerateEndpointUrl.regenerate(workflowId(id)).document();
    }

    @Post("/{id}/rotate-secret")
    Map<String, Object> rotateSecret(long id) {
        return rotateEndpointSecret.rotate(workflowId(id)).document();
    }

    private static WorkflowId workflowId(long id) {
        if (id <= 0) {
            throw new WorkflowNotFoundException(id);
        }
        return new WorkflowId(id);
    }
}
