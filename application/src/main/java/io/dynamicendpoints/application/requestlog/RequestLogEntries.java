package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.UnreadableBodyException;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.Decorated;
import io.dynamicendpoints.application.receive.ListenerResponse.Deferred;
import io.dynamicendpoints.application.receive.ListenerResponse.EmptyResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.EventStream;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.receive.StartedRun;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.LogMasking;
import io.dynamicendpoints.domain.record.VirtualRecord;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RecordedHeaders;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns what the listener handed over ({@link ListenerExchange}) into a log entry: masks credentials,
 * cuts bodies to the configured size and reads the auth outcome off the answer. Runs on the
 * writer's thread, so the listener pays for none of it.
 *
 * <p>The {@code __data} snapshot is not stored but rebuilt when an entry is read ({@link #snapshot}),
 * with the listener's own {@link RequestExtraction}: it depends only on the request, which the entry
 * keeps (headers already masked), plus the verified token's {@code data} claim, which the entry keeps
 * because the token itself is masked. Building and storing the snapshot for every request took about
 * 40% of the log's cost per request (a JSON parse and a JSON write) and doubled what a JSON body
 * occupies in the database; an admin reads few entries.
 */
public final class RequestLogEntries {

    private static final String HTML = "text/html; charset=UTF-8";
    private static final String JSON = "application/json";
    private static final String JWT_DATA = "__jwt_data";

    private final RequestExtraction extraction;
    private final Json json;
    private final RequestLogSettings settings;
    private final TokenDataClaims tokenData = new TokenDataClaims();

    public RequestLogEntries(RequestExtraction extraction, Json json, RequestLogSettings settings) {
        this.extraction = extraction;
        this.json = json;
        this.settings = settings;
    }

    /** The entry for {@code exchange}; {@code replayOf} names the entry it re-ran, if any. */
    public RequestLogEntry entry(ListenerExchange exchange, Optional<RequestId> replayOf) {
        // Ids must be unique, not secret (only admins see them): the fast thread-local generator will do.
        return entry(exchange, RequestId.generate(exchange.receivedAt(), ThreadLocalRandom.current()), replayOf);
    }

    RequestLogEntry entry(ListenerExchange exchange, RequestId id, Optional<RequestId> replayOf) {
        IncomingRequest request = exchange.request();
        StartedRun run = exchange.run();
        EndpointListener listener = exchange.workflow().listener();
        Answer answer = answer(exchange.response());
        AuthOutcome auth = exchange.refusedBeforeListener()
                ? AuthOutcome.NOT_CHECKED
                : authOutcome(listener, request, exchange.response());
        RecordedBody body = RecordedBody.of(request.body(), settings.maxBodyBytes());
        Optional<Object> tokenData = auth.equals(AuthOutcome.VERIFIED) ? jwtData(request) : Optional.empty();
        return new RequestLogEntry(id, exchange.receivedAt(), exchange.workflow().requireId(), request.method(),
                "/listener/" + request.firstHash() + "/" + request.secondHash(),
                maskedQuery(request.query(), listener.logMasking()),
                maskedRequestHeaders(request.headers(), listener.logMasking()), body, tokenData, auth, answer.status(),
                masked(answer.headers(), listener.logMasking()), RecordedBody.of(answer.body(), settings.maxBodyBytes()),
                TimeUnit.NANOSECONDS.toMillis(exchange.durationNanos()),
                run == null ? Optional.empty() : Optional.of(run.runId()),
                run == null ? List.of() : trace(run.trace()), replayOf);
    }

    /**
     * A run's trace as the log stores and shows it: the shape of the {@code trace} that
     * {@code POST /api/workflows/{id}/test} returns, so both read the same.
     */
    public static List<Map<String, Object>> trace(List<TraceEntry> trace) {
        if (trace.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> steps = new ArrayList<>(trace.size());
        for (TraceEntry step : trace) {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("step_id", step.stepId());
            doc.put("kind", step.kind());
            doc.put("outcome", step.outcome().name().toLowerCase(Locale.ROOT));
            doc.put("duration_ms", step.durationMicros() / 1000.0);
            doc.put("detail", step.detail());
            steps.add(doc);
        }
        return steps;
    }

    /**
     * Read off the answer, whose error codes are the listener's contract (api.md §3): a request the
     * checks let through was verified when the endpoint wants a token, and needed none otherwise.
     */
    static AuthOutcome authOutcome(EndpointListener listener, IncomingRequest request, ListenerResponse response) {
        ListenerResponse inner = response;
        while (inner instanceof Decorated decorated) {
            inner = decorated.response();
        }
        boolean tokenRequired = listener.jwt().enabled();
        if (inner instanceof ErrorResponse error) {
            switch (error.error()) {
                case "missing_token" -> {
                    return AuthOutcome.MISSING;
                }
                case "invalid_token" -> {
                    return AuthOutcome.rejected(error.reason() == null ? "invalid" : error.reason());
                }
                case "origin_not_allowed" -> {
                    return AuthOutcome.CORS_FORBIDDEN;
                }
                case "template_failed" -> {
                    // A template may fail before the token check (key, secret, CORS domains): claim nothing.
                    return tokenRequired ? AuthOutcome.NOT_CHECKED : AuthOutcome.NONE;
                }
                default -> {
                }
            }
        }
        if (tokenRequired && inner instanceof NoContentResponse preflight && request.method().equals("OPTIONS")
                && !listener.cors().strictPreflightAuth()
                && preflight.headers().containsKey("Access-Control-Allow-Origin")) {
            return AuthOutcome.PREFLIGHT;
        }
        return tokenRequired ? AuthOutcome.VERIFIED : AuthOutcome.NONE;
    }

    /**
     * The {@code __data} the workflow saw for a logged request, rebuilt from the entry; empty when the
     * request never got that far (refused, a preflight, a body that does not parse) or when only part
     * of its body was kept. Credentials show masked, as they are stored.
     */
    public Optional<Map<String, Object>> snapshot(RequestLogEntry entry) {
        AuthOutcome auth = entry.authOutcome();
        if (entry.method().equals("OPTIONS") || entry.body().truncated()
                || !(auth.equals(AuthOutcome.NONE) || auth.equals(AuthOutcome.VERIFIED))) {
            return Optional.empty();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        entry.headers().forEach((name, value) -> headers.put(name, List.of(value)));
        IncomingRequest request = new IncomingRequest(entry.method(), "", "", entry.query(), headers,
                entry.body().text().getBytes(StandardCharsets.UTF_8));
        Map<String, Object> extracted;
        try {
            extracted = extraction.extract(request).data();
        } catch (UnreadableBodyException | Json.MalformedJsonException e) {
            return Optional.empty(); // the listener refused the body: the workflow never saw any __data
        }
        Map<String, Object> data = new LinkedHashMap<>(extracted);
        entry.tokenData().ifPresent(claim -> {
            Map<String, Object> withToken = new LinkedHashMap<>();
            if (data.get(VirtualRecord.HEADERS) instanceof Map<?, ?> headerValues) {
                headerValues.forEach((name, value) -> withToken.put(String.valueOf(name), value));
            }
            withToken.put(JWT_DATA, List.of(claim));
            data.put(VirtualRecord.HEADERS, withToken);
        });
        return Optional.of(data);
    }

    /** The verified token's {@code data} claim; the listener checked the signature, so reading it is enough. */
    private Optional<Object> jwtData(IncomingRequest request) {
        return JwtVerification.token(request).flatMap(tokenData::of);
    }

    // Both run once per logged request on the writer's thread: no hashing (see RecordedHeaders), and
    // no joining of the usual single value, because the writer's own work is what the log costs
    // beyond the database.
    private RecordedHeaders maskedRequestHeaders(Map<String, List<String>> headers, LogMasking endpoint) {
        String[] names = new String[headers.size()];
        String[] masked = new String[names.length];
        int size = 0;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
            // Names are lower case already (IncomingRequest); masks() does not rely on it.
            List<String> values = header.getValue();
            names[size] = header.getKey();
            masked[size++] = masksHeader(header.getKey(), endpoint) ? RequestLogEntry.MASK
                    : values.size() == 1 ? values.getFirst() : String.join(", ", values);
        }
        return RecordedHeaders.of(names, masked, size);
    }

    private RecordedHeaders masked(Map<String, String> headers, LogMasking endpoint) {
        if (headers.isEmpty()) {
            return RecordedHeaders.EMPTY;
        }
        String[] names = new String[headers.size()];
        String[] masked = new String[names.length];
        int size = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            names[size] = header.getKey();
            masked[size++] = masksHeader(header.getKey(), endpoint) ? RequestLogEntry.MASK : header.getValue();
        }
        return RecordedHeaders.of(names, masked, size);
    }

    private boolean masksHeader(String name, LogMasking endpoint) {
        return settings.masks(name) || endpoint.masksHeader(name);
    }

    /**
     * The query with every value of a credential parameter masked. Most requests have no such
     * parameter, and then the query itself is kept: no copy.
     */
    private Map<String, List<String>> maskedQuery(Map<String, List<String>> query, LogMasking endpoint) {
        Map<String, List<String>> masked = null;
        for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
            String name = parameter.getKey();
            if (settings.masksQueryParameter(name) || endpoint.masksQueryParameter(name)) {
                if (masked == null) {
                    masked = new LinkedHashMap<>(query);
                }
                masked.put(name, parameter.getValue().stream().map(value -> RequestLogEntry.MASK).toList());
            }
        }
        return masked == null ? query : masked;
    }

    /** The status, headers and body the HTTP adapter makes of an answer (its {@code ListenerReplies}). */
    private Answer answer(ListenerResponse response) {
        return switch (response) {
            case DataResponse data -> data.body().isEmpty() || data.contentType() == null
                    ? new Answer(200, Map.of(), "")
                    : new Answer(200, Map.of("Content-Type", data.contentType()), data.body());
            case HtmlResponse html -> new Answer(200, Map.of("Content-Type", HTML), html.body());
            case RedirectResponse redirect -> new Answer(302, Map.of("Location", redirect.location()), "");
            case NoContentResponse noContent -> new Answer(204, noContent.headers(), "");
            case ErrorResponse error -> {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("error", error.error());
                if (error.reason() != null) {
                    body.put("reason", error.reason());
                }
                if (error.step() != null) {
                    body.put("step", error.step());
                }
                body.put("message", error.message());
                Map<String, String> headers = new LinkedHashMap<>(error.headers());
                headers.put("Content-Type", JSON);
                yield new Answer(error.status(), headers, json.write(body));
            }
            case EmptyResponse empty -> new Answer(200, Map.of(), "");
            case Decorated decorated -> {
                Answer inner = answer(decorated.response());
                Map<String, String> headers = new LinkedHashMap<>(inner.headers());
                headers.putAll(decorated.headers());
                yield new Answer(decorated.status() != null ? decorated.status() : inner.status(), headers, inner.body());
            }
            // Recorded when the run answered (see RequestRecorder); this is never reached.
            case Deferred deferred -> new Answer(202, Map.of(), "");
            case EventStream stream -> new Answer(200, Map.of("Content-Type", "text/event-stream"),
                    "(a live event stream: its frames are not recorded)");
        };
    }

    private record Answer(int status, Map<String, String> headers, String body) {
    }
}
