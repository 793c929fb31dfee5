package io.dynamicendpoints.adapters.http.listing;

import io.dynamicendpoints.application.listing.ListEndpoints;
import io.dynamicendpoints.application.listing.ListedEndpoint;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;

import java.util.List;

/** Published endpoints for integrators: URL and how to call it, never a key or secret. */
@Controller("/api/endpoints")
@Secured({"ADMIN", "INTEGRATOR"})
@ExecuteOn(TaskExecutors.BLOCKING)
final class EndpointListingController {

    private final ListEndpoints listEndpoints;

    EndpointListingController(ListEndpoints listEndpoints) {
        this.listEndpoints = listEndpoints;
    }

    @Get
    List<EndpointResponse> list() {
        return listEndpoints.list().stream().map(EndpointResponse::of).toList();
    }

    @Serdeable(naming = SnakeCaseStrategy.class)
    record EndpointResponse(long workflowId, String name, String description, String url, List<String> methods,
                            String returnType, boolean addAuthentication, boolean allowCors) {

        static EndpointResponse of(ListedEndpoint endpoint) {
            return new EndpointResponse(endpoint.workflowId(), endpoint.name(), endpoint.description(), endpoint.url(),
                    endpoint.methods(), endpoint.returnType(), endpoint.addAuthentication(), endpoint.allowCors());
        }
    }
}
