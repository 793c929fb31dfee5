package io.dynamicendpoints.app;

import io.dynamicendpoints.application.demo.CreateDemoWorkflow;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.PlatformSettings;
import io.dynamicendpoints.application.port.Sessions;
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
import io.dynamicendpoints.application.user.CheckTokenStamp;
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
import io.dynamicendpoints.application.user.ResetPassword;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.application.user.LoginThrottle;
import io.dynamicendpoints.application.workflow.UnpublishWorkflow;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.server.EmbeddedServer;
import jakarta.inject.Singleton;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.engine.CreateRecordHandler;
import io.dynamicendpoints.application.engine.EndpointResponseHandler;
import io.dynamicendpoints.application.engine.FindRecordHandler;
import io.dynamicendpoints.application.engine.HttpRequestHandler;
import io.dynamicendpoints.application.engine.SseEventHandler;
import io.dynamicendpoints.application.engine.StepHandlers;
import io.dynamicendpoints.application.engine.StepTemplates;
import io.dynamicendpoints.application.engine.StoreValueHandler;
import io.dynamicendpoints.application.engine.UpdateRecordHandler;
import io.dynamicendpoints.application.engine.VirtualConditionHandler;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.receive.RunSettings;
import io.dynamicendpoints.application.receive.TestWorkflow;
import io.dynamicendpoints.application.record.ReadRecords;
import java.security.SecureRandom;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
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
    TemplateEngine templateEngine(Clock clock, TemplatesConfiguration templates) {
        return new TemplateEngine(clock, templates.limits());
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

    /** The platform's users sign in to the console and APIs, never to endpoints: no caller carries a session. */
    @Singleton
    Sessions sessions() {
        return Sessions.none();
    }

    @Singleton
    @Bean(preDestroy = "close")
    RunExecutors runExecutors(RunConfiguration configuration) {
        return RunExecutors.create(configuration);
    }

    @Singleton
    WorkflowEngine workflowEngine(VirtualRecords records, OutboundHttp http, TemplateEngine templates, Json json,
                                  Clock clock, RunConfiguration configuration) {
        StepTemplates stepTemplates = new StepTemplates(templates);
        return new WorkflowEngine(new StepHandlers(List.of(
                new VirtualConditionHandler(stepTemplates, clock, ZoneId.of(configuration.timeZone())),
                new EndpointResponseHandler(stepTemplates),
                new StoreValueHandler(stepTemplates),
                new CreateRecordHandler(records, stepTemplates),
                new UpdateRecordHandler(records, stepTemplates),
                new FindRecordHandler(records, stepTemplates),
                new HttpRequestHandler(http, stepTemplates, json),
                new SseEventHandler(stepTemplates))));
    }

    @Singleton
    BackgroundRuns backgroundRuns(WorkflowRuns runs, Workflows workflows, WorkflowEngine engine,
                                  RunExecutors executors, Clock clock, TraceRecorder traces) {
        // One identity per process: a restarted node is a new node, its old claims simply expire.
        return new BackgroundRuns(runs, workflows, engine, executors.background(), UUID.randomUUID().toString(), clock,
                traces);
    }

    /** The listener use case for a given recorder: the live one reports to the request log, replays to their own. */
    @Singleton
    ListenerFactory listenerFactory(PublishedEndpoints endpoints, Json json, Sessions sessions,
                                    ListenerConfiguration listener, Clock clock, WorkflowEngine engine,
                                    BackgroundRuns background, RunExecutors executors, RunConfiguration configuration,
                                    TraceRecorder traces) {
        return recorder -> new ReceiveRequest(endpoints, new RequestExtraction(json, sessions, listener.bodyLimits()),
                new ReplyContentType(json), new JwtVerification(), new CorsCheck(), clock, engine, background,
                executors.runner(), executors.scheduler(), runSettings(configuration), recorder, traces);
    }

    @Singleton
    ReceiveRequest receiveRequest(ListenerFactory listeners, RequestRecorder recorder) {
        return listeners.withRecorder(recorder);
    }

    @Singleton
    TestWorkflow testWorkflow(TemplateEngine templates, Json json, Sessions sessions, ListenerConfiguration listener,
                              Clock clock, WorkflowEngine engine) {
        return new TestWorkflow(templates, new RequestExtraction(json, sessions, listener.bodyLimits()),
                new JwtVerification(),
                new CorsCheck(), clock, engine, new ReplyContentType(json));
    }

    @Singleton
    ReadRecords readRecords(VirtualRecords records) {
        return new ReadRecords(records);
    }

    private static RunSettings runSettings(RunConfiguration configuration) {
        return new RunSettings(configuration.syncDeadline(), configuration.asyncReplyWait(), configuration.heartbeat(),
                ZoneId.of(configuration.timeZone()));
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
    ResetPassword resetPassword(Users users, PasswordHashing passwords) {
        return new ResetPassword(users, passwords);
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
    LoadTokenSigningSecret loadTokenSigningSecret(PlatformSettings settings, RandomGenerator random,
                                                  TokenConfiguration token) {
        return new LoadTokenSigningSecret(settings, random, Optional.ofNullable(token.secret()));
    }

    @Singleton
    CheckTokenStamp checkTokenStamp(Users users) {
        return new CheckTokenStamp(users);
    }
}
