package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.dynamicendpoints.application.engine.TraceRecorder;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.receive.ListenerResponse.Decorated;
import io.dynamicendpoints.application.receive.ListenerResponse.Deferred;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.logging.Logger;

/**
 * The listener's use case: a request arrives on an endpoint's URL and gets the reply its workflow
 * defines. It reads only the in-memory {@link PublishedEndpoints}; anything that blocks (a run, a
 * durable insert) comes back as a deferred reply, so callers on an event loop are never held up.
 *
 * <p>The order is fixed: find the endpoint; admit the request (CORS preflight, JWT, CORS rules); read
 * the body into the virtual record; run and reply. A request that fails a check never reaches the
 * workflow.
 */
public final class ReceiveRequest {

    private static final Logger LOG = Logger.getLogger(ReceiveRequest.class.getName());

    private final PublishedEndpoints endpoints;
    private final RequestExtraction extraction;
    private final Admission admission;
    private final EndpointRun run;
    private final Clock clock;
    private final RequestRecorder recorder;

    public ReceiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, ReplyContentType contentTypes,
                          JwtVerification jwtVerification, CorsCheck corsCheck, Clock clock, WorkflowEngine engine,
                          BackgroundRuns background, Executor runner, ScheduledExecutorService scheduler,
                          RunSettings settings, RequestRecorder recorder) {
        this(endpoints, extraction, contentTypes, jwtVerification, corsCheck, clock, engine, background, runner, scheduler,
                settings, recorder, TraceRecorder.NONE);
    }

    /**
     * @param recorder where each request and its answer go (the request log's journal)
     * @param traces   where the trace of an {@code sse} run goes once its stream is done; the entry
     *                 was recorded when the stream began (async runs report theirs through
     *                 {@link BackgroundRuns})
     */
    public ReceiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, ReplyContentType contentTypes,
                          JwtVerification jwtVerification, CorsCheck corsCheck, Clock clock, WorkflowEngine engine,
                          BackgroundRuns background, Executor runner, ScheduledExecutorService scheduler,
                          RunSettings settings, RequestRecorder recorder, TraceRecorder traces) {
        this.endpoints = endpoints;
        this.extraction = extraction;
        this.admission = new Admission(jwtVerification, corsCheck, clock);
        this.run = new EndpointRun(engine, background, runner, scheduler, new Replies(contentTypes), settings, traces);
        this.clock = clock;
        this.recorder = recorder;
    }

    /** @throws EndpointNotFoundException when no published endpoint has the request's hashes */
    public ListenerResponse receive(IncomingRequest request) {
        PublishedEndpoint endpoint = endpoints.find(request.firstHash(), request.secondHash())
                .orElseThrow(EndpointNotFoundException::new);
        return recorder.recordAnswer(endpoint.workflow(), request, clock, () -> answer(endpoint, request));
    }

    private ListenerResponse answer(PublishedEndpoint endpoint, IncomingRequest request) {
        try {
            return switch (admission.admit(endpoint, request)) {
                case Admission.Verdict.Stop stop -> stop.response();
                case Admission.Verdict.Proceed proceed -> {
                    ListenerResponse response = respond(endpoint, request, proceed.jwt());
                    yield proceed.corsHeaders().isEmpty() ? response : withCors(response, proceed.corsHeaders());
                }
            };
        } catch (TemplateException e) {
            // The details may quote the admin's template: they go to the log, not to the caller.
            LOG.warning("A template of workflow " + endpoint.workflow().id().map(Object::toString).orElse("?")
                    + " failed: " + e.getMessage());
            return Replies.templateFailed(e);
        }
    }

    /** CORS headers go on the answer itself: a later one is decorated when it comes, so it stays a {@link Deferred}. */
    private static ListenerResponse withCors(ListenerResponse response, Map<String, String> corsHeaders) {
        if (response instanceof Deferred deferred) {
            return new Deferred(deferred.reply().thenApply(answer -> new Decorated(answer, null, corsHeaders)),
                    deferred.run());
        }
        return new Decorated(response, null, corsHeaders);
    }

    private ListenerResponse respond(PublishedEndpoint endpoint, IncomingRequest request, JwtOutcome jwt) {
        if (request.method().equals("OPTIONS")) {
            return new NoContentResponse(Map.of()); // not a preflight: nothing to run, nothing to say
        }
        VirtualRecord record;
        try {
            record = extraction.extract(request);
        } catch (UnreadableBodyException e) {
            return e.response(); // too large, malformed JSON or multipart, unknown charset: never runs the workflow
        }
        return run.respond(endpoint, jwt.exposeIn(record.data()));
    }
}
