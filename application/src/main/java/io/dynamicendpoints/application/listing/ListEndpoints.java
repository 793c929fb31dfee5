package io.dynamicendpoints.application.listing;

import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.workflow.EndpointUrls;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.Comparator;
import java.util.List;

/** Lists the published endpoints for integrators (ADMIN or INTEGRATOR), by name. */
public final class ListEndpoints {

    private final Workflows workflows;
    private final EndpointUrls urls;

    public ListEndpoints(Workflows workflows, EndpointUrls urls) {
        this.workflows = workflows;
        this.urls = urls;
    }

    public List<ListedEndpoint> list() {
        return workflows.published().stream()
                .sorted(Comparator.comparing(Workflow::name, String.CASE_INSENSITIVE_ORDER))
                .map(this::listed)
                .toList();
    }

    private ListedEndpoint listed(Workflow workflow) {
        return new ListedEndpoint(workflow.requireId().value(), workflow.name(), workflow.description(),
                urls.of(workflow.address()), ListedEndpoint.METHODS, workflow.listener().returnType().externalName(),
                workflow.listener().jwt().enabled(), workflow.listener().cors().enabled());
    }
}
