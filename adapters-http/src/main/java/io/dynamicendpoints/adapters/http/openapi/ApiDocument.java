package io.dynamicendpoints.adapters.http.openapi;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/**
 * Anchors the OpenAPI 3 document that micronaut-openapi generates from the controllers at compile
 * time; the platform serves it at {@code /swagger/dynamic-endpoints-api.yml} so integrators can
 * generate clients.
 */
@OpenAPIDefinition(
        info = @Info(title = "Dynamic Endpoints API", version = "1",
                description = "Admin, users and integrator listing APIs of the Dynamic Endpoints platform. "
                        + "Sign in with POST /login and send the access token as a Bearer token.",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
final class ApiDocument {

    private ApiDocument() {
    }
}
