package io.dynamicendpoints.app;

import io.dynamicendpoints.application.demo.CreateDemoWorkflow;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.CorsCheck;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.receive.ReplyContentType;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.receive.RequestRecorder;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.user.AuthenticateUser;
import io.dynamicendpoints.application.user.BootstrapAdmin;
import io.dynamicendpoints.application.user.LoadTokenSigningSecret;
import io.dynamicendpoints.application.user.PasswordHashing;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.DeleteWorkflow;
import io.dynamicendpoints.application.workflow.EndpointUrls;
import io.dynamicendpoints.application.workflow.PublishWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.RegenerateEndpointUrl;
import io.dynamicendpoints.application.workflow.ReplaceWorkflow;
import io.dynamicendpoints.application.workflow.RotateEndpointSecret;
import io.dynamicendpoints.application.listing.ListEndpoints;
import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.application.user.DeleteUser;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.application.user.LoginThrottle;
import io.dynamicendpoints.application.workflow.UnpublishWorkflow;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.random.RandomGenerator;

/**
 * Wires the framework-free use cases of the application module with their adapters. The application
 * classes carry no annotations; this factory is the only place that knows how they fit together.
 */
@Factory
final class UseCases {

    @Singleton
    RandomGenerator secureRandom() {
        return new SecureRandom();
    }

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }

    @Singleton
    TemplateEngine templateEngine() {
        return new TemplateEngine();
    }

    @Singleton
    EndpointUrls endpointUrls(@Nullable @Value("${dynamic-endpoints.public-base-url}") String publicBaseUrl,
                              BeanProvider<EmbeddedServer> server) {
        return new EndpointUrls(() -> publicBaseUrl != null && !publicBaseUrl.isBlank()
                ? publicBaseUrl
                : "http://localhost:" + server.get().getPort());
    }

    @Singleton
    PublishedEndpoints publishedEndpoints(Workflows workflows, TemplateEngine templates) {
        return new PublishedEndpoints(workflows, templates);
    }

    @Singleton
    ReceiveRequest receiveRequest(PublishedEndpoints endpoints, Json json, Clock clock, RequestRecorder recorder) {
        return listener(endpoints, json, clock, recorder);
    }

    /** The listener use case reporting to {@code recorder}; replays build one of their own with it. */
    static ReceiveRequest listener(PublishedEndpoints endpoints, Json json, Clock clock, RequestRecorder recorder) {
        return new ReceiveRequest(endpoints, new RequestExtraction(json), new ReplyContentType(json),
                new JwtVerification(), new CorsCheck(), clock, recorder);
    }

    @Singleton
    ReadWorkflows readWorkflows(Workflows workflows, EndpointUrls urls) {
        return new ReadWorkflows(workflows, urls);
    }

    @Singleton
    CreateWorkflow createWorkflow(Workflows workflows, PublishedEndpoints endpoints, TemplateEngine templates,
                                  EndpointUrls urls, RandomGenerator random) {
        return new CreateWorkflow(workflows, endpoints, templates, urls, random);
    }

    @Singleton
    ReplaceWorkflow replaceWorkflow(Workflows workflows, PublishedEndpoints endpoints, TemplateEngine templates,
                                    EndpointUrls urls, RandomGenerator random) {
        return new ReplaceWorkflow(workflows, endpoints, templates, urls, random);
    }

    @Singleton
    DeleteWorkflow deleteWorkflow(Workflows workflows, PublishedEndpoints endpoints) {
        return new DeleteWorkflow(workflows, endpoints);
    }

    @Singleton
    PublishWorkflow publishWorkflow(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls) {
        return new PublishWorkflow(workflows, endpoints, urls);
    }

    @Singleton
    UnpublishWorkflow unpublishWorkflow(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls) {
        return new UnpublishWorkflow(workflows, endpoints, urls);
    }

    @Singleton
    RegenerateEndpointUrl regenerateEndpointUrl(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls,
                                                RandomGenerator random) {
        return new RegenerateEndpointUrl(workflows, endpoints, urls, random);
    }

    @Singleton
    RotateEndpointSecret rotateEndpointSecret(Workflows workflows, PublishedEndpoints endpoints, EndpointUrls urls,
                                              RandomGenerator random) {
        return new RotateEndpointSecret(workflows, endpoints, urls, random);
    }

    @Singleton
    ListEndpoints listEndpoints(Workflows workflows, EndpointUrls urls) {
        return new ListEndpoints(workflows, urls);
    }

    @Singleton
    CreateUser createUser(Users users, PasswordHashing passwords) {
        return new CreateUser(users, passwords);
    }

    @Singleton
    ListUsers listUsers(Users users) {
        return new ListUsers(users);
    }

    @Singleton
    DeleteUser deleteUser(Users users) {
        return new DeleteUser(users);
    }

    @Singleton
    CreateDemoWorkflow createDemoWorkflow(Workflows workflows, CreateWorkflow createWorkflow) {
        return new CreateDemoWorkflow(workflows, createWorkflow);
    }

    @Singleton
    PasswordHashing passwordHashing(AdminConfiguration admin) {
        return new PasswordHashing(admin.bcryptCost());
    }

    @Singleton
    AuthenticateUser authenticateUser(Users users, PasswordHashing passwords, Clock clock) {
        return new AuthenticateUser(users, passwords, new LoginThrottle(clock));
    }

    @Singleton
    BootstrapAdmin bootstrapAdmin(Users users, PasswordHashing passwords, RandomGenerator random) {
        return new BootstrapAdmin(users, passwords, random);
    }

    @Singleton
    LoadTokenSigningSecret loadTokenSigningSecret(PlatformSettings settings, RandomGenerator random) {
        return new LoadTokenSigningSecret(settings, random);
    }
}
