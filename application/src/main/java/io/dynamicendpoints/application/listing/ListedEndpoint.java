package io.dynamicendpoints.application.listing;

import java.util.List;

/** One published endpoint as an integrator sees it: enough to call it, nothing that grants access. */
public record ListedEndpoint(long workflowId, String name, String description, String url, List<String> methods,
                             String returnType, boolean addAuthentication, boolean allowCors) {

    public static final List<String> METHODS = List.of("GET", "POST", "PUT", "OPTIONS");
}
