package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.dynamicendpoints.application.engine.ExecutionContext;
import io.dynamicendpoints.application.engine.ReplySink;
import io.dynamicendpoints.application.engine.StepFailure;
import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.receive.ListenerResponse.Deferred;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.EventStream;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Produces an admitted request's reply by return type and run mode (behaviour.md §7):
 * <ul>
 *   <li>{@code data}/{@code html}/{@code redirect}: without steps, rendered at once; sync, rendered
 *       after the run (so it can echo what the steps produced); async, stored durably, then rendered
 *       from the request alone while the run goes on in the background;</li>
 *   <li>{@code continue}: the first endpoint response of the run; sync within the deadline (else 504),
 *       async within 20 s (else 200 empty) after the request was stored durably;</li>
 *   <li>{@code sse}: a live stream of the run's frames.</li>
 * </ul>
 * Work that blocks (the run, the durable insert) happens on the runner threads, never on the caller's.
 */
final class EndpointRun {

    private final WorkflowEngine engine;
    private final BackgroundRuns background;
    private final Executor runner;
    private final ScheduledExecutorService scheduler;
    private final Replies replies;
    private final RunSettings settings;
    private final TraceRecorder traces;

    EndpointRun(WorkflowEngine engine, BackgroundRuns background, Executor runner, ScheduledExecutorService scheduler,
                Replies replies, RunSettings settings, TraceRecorder traces) {
        this.traces = traces;
        this.engine = engine;
        this.background = background;
        this.runner = runner;
        this.scheduler = scheduler;
        this.replies = replies;
        this.settings = settings;
    }

    ListenerResponse respond(PublishedEndpoint endpoint, Map<String, Object> data) {
        Workflow workflow = endpoint.workflow();
        ReturnType type = workflow.listener().returnType();
        boolean sync = workflow.runMode() == RunMode.SYNC;
        if (type == ReturnType.SSE) {
            String runId = UUID.randomUUID().toString(); // chosen now, so the log's entry can name the run
            RunEventStream frames = new RunEventStream(engine, workflow,
                    (runData, sink) -> new ExecutionContext(runId, runData, sink), data, runner, scheduler,
                    settings.heartbeat(), traces);
            return new EventStream(frames, runId);
        }
        if (type.isFixed() && workflow.steps().isEmpty()) {
            return replies.fixed(endpoint, data); // the hot path: nothing to run
        }
        if (type.isFixed()) {
            return sync ? fixedAfterSyncRun(endpoint, data) : fixedAfterAccepting(endpoint, data);
        }
        return sync ? continueSync(workflow, data) : continueAsync(workflow, data);
    }

    private Deferred fixedAfterSyncRun(PublishedEndpoint endpoint, Map<String, Object> data) {
        ExecutionContext context = context(data, ReplySink.NONE);
        CompletableFuture<ListenerResponse> answer = CompletableFuture.supplyAsync(() -> {
            engine.run(endpoint.workflow(), context);
            if (context.failedStep() != null) {
                return Replies.workflowFailed(context.failedStep(), context.failureReason());
            }
            try {
                return replies.fixed(endpoint, context.data());
            } catch (TemplateException e) {
                // Rendered after the run, off the request's thread: answered here as on the hot path.
                return Replies.templateFailed(e);
            }
        }, runner);
        withDeadline(answer);
        // The answer comes when the run ended, or at the deadline: either way the trace is what it is then.
        return new Deferred(answer, answer.handle((done, failure) -> StartedRun.of(context)));
    }

    private Deferred fixedAfterAccepting(PublishedEndpoint endpoint, Map<String, Object> data) {
        ListenerResponse reply = replies.fixed(endpoint, data); // rendered first: a broken template stores nothing
        CompletableFuture<String> accepted = CompletableFuture.supplyAsync(() -> {
            String runId = background.accept(endpoint.workflow(), data);
            background.start(runId, endpoint.workflow(), data, ReplySink.NONE);
            return runId;
        }, runner);
        return new Deferred(accepted.handle((runId, failure) -> runId != null ? reply : notAccepted()),
                accepted.handle((runId, failure) -> runId != null ? StartedRun.started(runId) : null));
    }

    /**
     * The durable insert failed, within the pool's connection timeout when the database is out of reach:
     * the caller must know the request was not taken, so it can retry, and when ({@code Retry-After},
     * about that timeout). The same error as any other request that found the database out of reach.
     */
    private static ListenerResponse notAccepted() {
        return new ErrorResponse(503, "storage_unavailable", null, null,
                "The request could not be stored for processing; try again", Map.of("Retry-After", "5"));
    }

    /**
     * The caller gets the first endpoint response; the log records the whole run, which usually ends
     * right after it. A run still going at the sync deadline is recorded with the steps taken so far.
     */
    private Deferred continueSync(Workflow workflow, Map<String, Object> data) {
        ContinueReply reply = new ContinueReply(replies);
        ExecutionContext context = context(data, reply);
        CompletableFuture<StartedRun> run = new CompletableFuture<>();
        runner.execute(() -> {
            try {
                engine.run(workflow, context);
            } finally {
                reply.runEnded();
                run.complete(StartedRun.of(context));
            }
        });
        // A timeout that is cancelled when the run ends (so a busy endpoint holds no finished run for
        // the deadline's length); when it fires, the trace is taken as far as the run got.
        CompletionStage<StartedRun> settled = run
                .completeOnTimeout(null, settings.syncDeadline().toMillis(), TimeUnit.MILLISECONDS)
                .thenApply(ended -> ended != null ? ended : StartedRun.of(context));
        return new Deferred(withDeadline(reply.answer()), settled);
    }

    private Deferred continueAsync(Workflow workflow, Map<String, Object> data) {
        ContinueReply reply = new ContinueReply(replies);
        CompletableFuture<String> accepted = CompletableFuture.supplyAsync(() -> {
            String runId = background.accept(workflow, data);
            background.start(runId, workflow, data, new ReplySink() {
                @Override
                public void reply(io.dynamicendpoints.application.engine.RenderedReply rendered) {
                    reply.reply(rendered);
                }

                @Override
                public void event(String event, String eventData) {
                }

                @Override
                public void failed(String stepId, StepFailure reason) {
                    reply.failed(stepId, reason);
                }
            });
            return runId;
        }, runner);
        accepted.exceptionally(failure -> {
            reply.answer().complete(notAccepted());
            return null;
        });
        // Documented: the caller waits up to 20 s for an endpoint response, then gets 200 empty.
        return new Deferred(reply.answer().completeOnTimeout(new ListenerResponse.EmptyResponse(),
                settings.asyncReplyWait().toMillis(), TimeUnit.MILLISECONDS),
                accepted.handle((runId, failure) -> runId != null ? StartedRun.started(runId) : null));
    }

    private CompletableFuture<ListenerResponse> withDeadline(CompletableFuture<ListenerResponse> answer) {
        return answer.completeOnTimeout(new ErrorResponse(504, "workflow_timeout",
                        "The workflow did not answer within " + settings.syncDeadline().toSeconds() + " seconds"),
                settings.syncDeadline().toMillis(), TimeUnit.MILLISECONDS);
    }

    private ExecutionContext context(Map<String, Object> data, ReplySink sink) {
        return new ExecutionContext(UUID.randomUUID().toString(), data, sink);
    }
}
