package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.receive.EndpointNotFoundException;
import io.dynamicendpoints.application.receive.EndpointToken;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.PublishedEndpoint;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.receive.RequestRecorder;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Re-runs a logged request through its workflow as it is now (current definition, current URL), and
 * records the run as a new entry pointing at the original. The new entry is stored before this
 * returns, so the caller gets it at once.
 *
 * <p>Masked headers were never stored, so they are not sent again. Instead, a request the listener
 * had verified gets a fresh token signed with the endpoint's current key and secret, carrying the
 * original token's {@code data} claim: the admin asking for the replay is trusted, and the workflow
 * sees the same {@code __data}. Requests refused for their credentials are replayed without any and
 * are refused again.
 */
public final class ReplayRequest {

    /** Lifetime of the token minted for a replay: it is used at once. */
    static final Duration REPLAY_TOKEN_LIFETIME = Duration.ofSeconds(60);
    /**
     * How long a replay waits for its answer: longer than the listener's own limits (the sync
     * deadline, 30 s by default, and the 20 s an async {@code continue} caller waits), which end it first.
     */
    static final Duration REPLAY_WAIT = Duration.ofMinutes(2);

    private final RequestLog log;
    private final Workflows workflows;
    private final PublishedEndpoints endpoints;
    private final Function<RequestRecorder, ReceiveRequest> listener;
    private final RequestLogEntries entries;
    private final Clock clock;
    private final RequestLogFeed feed;

    /**
     * @param listener the listener use case, wired like the live one but reporting to the recorder
     *                 given; a replay records its own entry instead of queueing it
     */
    public ReplayRequest(RequestLog log, Workflows workflows, PublishedEndpoints endpoints,
                         Function<RequestRecorder, ReceiveRequest> listener, RequestLogEntries entries, Clock clock) {
        this(log, workflows, endpoints, listener, entries, clock, RequestLogFeed.direct());
    }

    /** @param feed told about each replay's new entry, like the writer's batches */
    public ReplayRequest(RequestLog log, Workflows workflows, PublishedEndpoints endpoints,
                         Function<RequestRecorder, ReceiveRequest> listener, RequestLogEntries entries, Clock clock,
                         RequestLogFeed feed) {
        this.feed = feed;
        this.log = log;
        this.workflows = workflows;
        this.endpoints = endpoints;
        this.listener = listener;
        this.entries = entries;
        this.clock = clock;
    }

    /**
     * @throws RequestNotFoundException when no entry has this id
     * @throws ReplayRefusedException   when the workflow is gone or unpublished, or the body was cut
     */
    public LoggedRequest replay(String requestId) {
        RequestLogEntry original = RequestId.parse(requestId)
                .flatMap(log::find)
                .orElseThrow(() -> new RequestNotFoundException(requestId));
        if (original.body().truncated()) {
            throw new ReplayRefusedException("body_truncated", "Only the first " + original.body().text().length()
                    + " characters of this request's body were kept, so it cannot be replayed faithfully");
        }
        Workflow workflow = workflows.find(original.workflowId()).filter(Workflow::published)
                .orElseThrow(ReplayRequest::notPublished);
        EndpointAddress address = workflow.address();
        PublishedEndpoint endpoint = endpoints.find(address.firstHash(), address.secondHash())
                .orElseThrow(ReplayRequest::notPublished);
        IncomingRequest request = new IncomingRequest(original.method(), address.firstHash(), address.secondHash(),
                query(original), headers(original, endpoint), original.body().text().getBytes(StandardCharsets.UTF_8));
        Capture capture = new Capture();
        try {
            ListenerResponse response = listener.apply(capture).receive(request);
            if (response instanceof ListenerResponse.EventStream stream) {
                stream.frames().subscribe(new Drain()); // nobody reads a replay's stream; the run still happens
            }
        } catch (EndpointNotFoundException e) {
            throw notPublished(); // unpublished between our look-up and the run
        } catch (RuntimeException e) {
            if (!capture.exchange.isDone()) {
                throw e;
            }
            // The run failed; the caller got a 500, which is exactly what the new entry should show.
        }
        ListenerExchange exchange = capture.await();
        RequestLogEntry replayed = entries.entry(exchange, Optional.of(original.id()));
        log.append(List.of(replayed));
        feed.stored(List.of(replayed));
        return new LoggedRequest(replayed, entries.snapshot(replayed));
    }

    /** The stored query without its masked values: a replay sends no credential it does not have. */
    private static Map<String, List<String>> query(RequestLogEntry original) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        original.query().forEach((name, values) -> {
            List<String> known = values.stream().filter(value -> !value.equals(RequestLogEntry.MASK)).toList();
            if (!known.isEmpty()) {
                query.put(name, known);
            }
        });
        return query;
    }

    private Map<String, List<String>> headers(RequestLogEntry original, PublishedEndpoint endpoint) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        original.headers().forEach((name, value) -> {
            if (!value.equals(RequestLogEntry.MASK)) {
                headers.put(name, List.of(value));
            }
        });
        if (original.authOutcome().equals(AuthOutcome.VERIFIED) && endpoint.workflow().listener().jwt().enabled()) {
            headers.put("authorization", List.of("Bearer " + token(original, endpoint)));
        }
        return headers;
    }

    private String token(RequestLogEntry original, PublishedEndpoint endpoint) {
        return EndpointToken.sign(endpoint, clock.instant(), REPLAY_TOKEN_LIFETIME, original.tokenData());
    }

    private static ReplayRefusedException notPublished() {
        return new ReplayRefusedException("endpoint_not_published",
                "The request's workflow is deleted or not published, so there is nothing to replay it through");
    }

    /**
     * Keeps the one exchange the replayed request reports. A run's reply, and so its exchange, comes
     * later (from the run's thread, for a sync run once the run ended): the replay waits for it.
     */
    private static final class Capture implements RequestRecorder {

        private final CompletableFuture<ListenerExchange> exchange = new CompletableFuture<>();

        @Override
        public void record(ListenerExchange recorded) {
            exchange.complete(recorded);
        }

        ListenerExchange await() {
            try {
                return exchange.get(REPLAY_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for the replayed run", e);
            } catch (ExecutionException | TimeoutException e) {
                throw new IllegalStateException("The replayed run did not answer within " + REPLAY_WAIT.toSeconds()
                        + " seconds", e);
            }
        }
    }

    /** Reads a replayed event stream to its end and drops it. */
    private static final class Drain implements Flow.Subscriber<ListenerResponse.SseFrame> {

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(ListenerResponse.SseFrame item) {
        }

        @Override
        public void onError(Throwable throwable) {
        }

        @Override
        public void onComplete() {
        }
    }
}
