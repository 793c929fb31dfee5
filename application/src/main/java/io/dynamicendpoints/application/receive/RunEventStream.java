package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.ExecutionContext;
import io.dynamicendpoints.application.engine.RenderedReply;
import io.dynamicendpoints.application.engine.ReplySink;
import io.dynamicendpoints.application.engine.StepFailure;
import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.receive.ListenerResponse.SseFrame;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.SubmissionPublisher;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The frames of an {@code sse} endpoint's run. The run starts when the stream is subscribed (so no
 * frame is emitted into the void), each {@code sse_event} and endpoint response becomes a frame in
 * order, heartbeat comments flow while steps run, and a final {@code done} frame closes the stream. A
 * client that goes away stops nothing: its frames are dropped, the run finishes.
 */
final class RunEventStream implements Flow.Publisher<SseFrame> {

    static final int BUFFERED_FRAMES = 256;

    private final WorkflowEngine engine;
    private final Workflow workflow;
    private final ExecutionContextFactory contexts;
    private final Map<String, Object> data;
    private final Executor runner;
    private final ScheduledExecutorService heartbeats;
    private final Duration heartbeat;
    private final TraceRecorder traces;
    private final AtomicBoolean subscribed = new AtomicBoolean();

    RunEventStream(WorkflowEngine engine, Workflow workflow, ExecutionContextFactory contexts, Map<String, Object> data,
                   Executor runner, ScheduledExecutorService heartbeats, Duration heartbeat) {
        this(engine, workflow, contexts, data, runner, heartbeats, heartbeat, TraceRecorder.NONE);
    }

    /** @param traces where the run's trace goes once the stream is done (the request log) */
    RunEventStream(WorkflowEngine engine, Workflow workflow, ExecutionContextFactory contexts, Map<String, Object> data,
                   Executor runner, ScheduledExecutorService heartbeats, Duration heartbeat, TraceRecorder traces) {
        this.traces = traces;
        this.engine = engine;
        this.workflow = workflow;
        this.contexts = contexts;
        this.data = data;
        this.runner = runner;
        this.heartbeats = heartbeats;
        this.heartbeat = heartbeat;
    }

    /** Makes a run's context; lets the caller choose the run id. */
    interface ExecutionContextFactory {
        ExecutionContext create(Map<String, Object> data, ReplySink sink);
    }

    @Override
    public void subscribe(Flow.Subscriber<? super SseFrame> subscriber) {
        if (!subscribed.compareAndSet(false, true)) {
            subscriber.onSubscribe(new Flow.Subscription() {
                @Override
                public void request(long n) {
                }

                @Override
                public void cancel() {
                }
            });
            subscriber.onError(new IllegalStateException("An event stream has one reader"));
            return;
        }
        SubmissionPublisher<SseFrame> frames = new SubmissionPublisher<>(runner, BUFFERED_FRAMES);
        frames.subscribe(subscriber);
        runner.execute(() -> run(frames));
    }

    private void run(SubmissionPublisher<SseFrame> frames) {
        ScheduledFuture<?> beat = heartbeats.scheduleAtFixedRate(() -> emit(frames, SseFrame.heartbeat()),
                heartbeat.toMillis(), heartbeat.toMillis(), TimeUnit.MILLISECONDS);
        ExecutionContext context = contexts.create(data, new ReplySink() {
            @Override
            public void reply(RenderedReply reply) {
                emit(frames, SseFrame.of("message", reply.body()));
            }

            @Override
            public void event(String event, String eventData) {
                emit(frames, SseFrame.of(event, eventData));
            }

            @Override
            public void failed(String stepId, StepFailure reason) {
                emit(frames, SseFrame.of("error", Replies.workflowFailedEvent(stepId, reason)));
            }
        });
        try {
            engine.run(workflow, context);
        } finally {
            beat.cancel(false);
            emit(frames, SseFrame.of("done", ""));
            frames.close();
            traces.ended(context.runId(), workflow.requireId(), context.trace()); // after the reader has its end
        }
    }

    /** Never blocks the run: when a slow reader's buffer is full, the frame is dropped. */
    private static void emit(SubmissionPublisher<SseFrame> frames, SseFrame frame) {
        if (!frames.isClosed()) {
            frames.offer(frame, (subscriber, dropped) -> false);
        }
    }
}
