package io.dynamicendpoints.app;

import io.dynamicendpoints.adminui.base.JettyConsoleServer;
import io.dynamicendpoints.application.demo.CreateDemoWorkflow;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.user.BootstrapAdmin;
import io.dynamicendpoints.application.user.BootstrapAdmin.Outcome;
import io.dynamicendpoints.application.workflow.EndpointUrls;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * What happens once the server listens: the first admin is created when there is none, a demo endpoint
 * when there is no workflow at all, and the log tells a new user how to call it and sign in.
 */
@Singleton
@Requires(property = "dynamic-endpoints.first-start.enabled", notEquals = "false")
final class FirstStart implements ApplicationEventListener<ServerStartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(FirstStart.class);

    private final BootstrapAdmin bootstrapAdmin;
    private final CreateDemoWorkflow createDemoWorkflow;
    private final PublishedEndpoints endpoints;
    private final EndpointUrls urls;
    private final AdminConfiguration admin;
    private final Optional<JettyConsoleServer> console;

    FirstStart(BootstrapAdmin bootstrapAdmin, CreateDemoWorkflow createDemoWorkflow, PublishedEndpoints endpoints,
               EndpointUrls urls, AdminConfiguration admin, Optional<JettyConsoleServer> console) {
        this.bootstrapAdmin = bootstrapAdmin;
        this.createDemoWorkflow = createDemoWorkflow;
        this.endpoints = endpoints;
        this.urls = urls;
        this.admin = admin;
        this.console = console;
    }

    @Override
    public void onApplicationEvent(ServerStartupEvent event) {
        // The endpoint index is loaded already (EndpointIndexRefresh), before the server listened.
        Outcome outcome = bootstrapAdmin.bootstrap(admin.username(), Optional.ofNullable(admin.password()));
        switch (outcome) {
            case Outcome.CreatedWithGeneratedPassword generated -> LOG.info("""
                    First start: created admin user '{}' with the generated password: {}
                        (shown only this once; set DYNAMIC_ENDPOINTS_ADMIN_PASSWORD before the first start to choose it)""",
                    generated.username(), generated.password());
            case Outcome.ConfiguredPasswordRefused refused -> LOG.warn("""
                    First start: the password in dynamic-endpoints.admin.password is refused ({}), so admin user '{}' \
                    was created with the generated password: {}
                        (shown only this once; choose your own in the console or with PUT /api/users/{}/password)""",
                    refused.reason(), refused.username(), refused.generatedPassword(), refused.username());
            case Outcome.CreatedWithConfiguredPassword configured -> LOG.info(
                    "First start: created admin user '{}' with the password from dynamic-endpoints.admin.password",
                    configured.username());
            case Outcome.AlreadySetUp ignored -> {
            }
        }
        createDemoWorkflow.createIfEmpty().ifPresent(this::announce);
        LOG.info("Dynamic Endpoints is ready: API and listener at {} ({} published endpoints); admin console at {}",
                urls.baseUrl(), endpoints.size(), consoleAddress(true));
    }

    private void announce(WorkflowView demo) {
        LOG.info("""
                        First start: created the published demo endpoint '{}'. Try it:
                            curl -s -X POST '{}' -H 'Content-Type: application/json' -d '{"name": "Ada"}'
                        Sign in to the API: curl -s -X POST '{}/login' -H 'Content-Type: application/json' -d '{"username": "{}", "password": "..."}'
                        Or open the admin console in a browser: {} (user '{}')""",
                demo.workflow().name(), demo.url(), urls.baseUrl(), admin.username(),
                consoleAddress(false), admin.username());
    }

    /**
     * Where the console answers. It starts in the background: the demo endpoint's announcement does not
     * wait for it (the endpoint answers already, and the announcement is what a first user, and a
     * script, waits for); the "ready" line does, and reports its failure.
     */
    private String consoleAddress(boolean waitForStart) {
        if (console.isEmpty()) {
            return "(disabled)";
        }
        try {
            return (waitForStart ? console.get().url() : console.get().boundUrl()).toString();
        } catch (IllegalStateException e) {
            return "(not running: " + e.getMessage() + ")";
        }
    }
}
