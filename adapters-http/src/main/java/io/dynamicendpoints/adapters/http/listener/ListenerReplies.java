package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.ReplyHeader;
import io.dynamicendpoints.adapters.http.error.ApiError;
import io.dynamicendpoints.adapters.http.error.StorageUnavailable;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.Decorated;
import io.dynamicendpoints.application.receive.ListenerResponse.Deferred;
import io.dynamicendpoints.application.receive.ListenerResponse.EmptyResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.EventStream;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.SseFrame;
import io.dynamicendpoints.application.receive.ReplyContentType;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.sse.Event;
import jakarta.inject.Singleton;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns the use case's reply into the HTTP answer: status, headers and body bytes, now or later. */
@Singleton
public final class ListenerReplies {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerReplies.class);
    private static final String HTML = "text/html; charset=UTF-8";
    /**
     * The content types a reply usually has, parsed once: handing Micronaut a string makes it parse
     * the media type again on every response. Their text is unchanged on the wire.
     */
    private static final Map<String, MediaType> KNOWN_TYPES = Stream.of(
                    ReplyContentType.JSON, ReplyContentType.XML, ReplyContentType.HTML, HTML)
            .distinct()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), MediaType::new));

    private final HttpDate date = new HttpDate(Clock.systemUTC());

    public CompletionStage<MutableHttpResponse<?>> toHttp(ListenerResponse response) {
        if (response instanceof Deferred deferred) {
            return deferred.reply().thenApply(this::dated).exceptionally(failure -> {
                if (StorageUnavailable.causes(failure)) {
                    LOG.warn("A workflow run found the database out of reach: {}", failure.toString());
                    return dated(StorageUnavailable.reply());
                }
                LOG.warn("A workflow run failed unexpectedly", failure);
                return error(new ErrorResponse(500, "internal_error", "The workflow run failed unexpectedly"));
            });
        }
        return CompletableFuture.completedFuture(dated(response));
    }

    /** The answer, with its {@code Date} header from {@link HttpDate} rather than formatted by Micronaut. */
    private MutableHttpResponse<?> dated(ListenerResponse response) {
        MutableHttpResponse<?> reply = now(response);
        ReplyHeader.set(reply, HttpHeaders.DATE, date.now());
        return reply;
    }

    private MutableHttpResponse<?> now(ListenerResponse response) {
        return switch (response) {
            case DataResponse data -> data.body().isEmpty() || data.contentType() == null
                    ? HttpResponse.ok()
                    : bytes(HttpResponse.ok(), data.body(), data.contentType());
            case HtmlResponse html -> bytes(HttpResponse.ok(), html.body(), HTML);
            case RedirectResponse redirect -> HttpResponse.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, redirect.location());
            case EmptyResponse empty -> HttpResponse.ok();
            case NoContentResponse noContent -> {
                MutableHttpResponse<?> reply = HttpResponse.noContent();
                noContent.headers().forEach(reply::header);
                yield reply;
            }
            case ErrorResponse error -> error(error);
            case Decorated decorated -> {
                MutableHttpResponse<?> reply = now(decorated.response());
                if (decorated.status() != null) {
                    reply.status(decorated.status());
                }
                // A header the workflow names replaces the reply's own (its Content-Type included).
                decorated.headers().forEach((name, value) -> reply.getHeaders().set(name, value));
                yield reply;
            }
            case EventStream stream -> HttpResponse.ok(events(stream))
                    .contentType(MediaType.TEXT_EVENT_STREAM_TYPE)
                    .header(HttpHeaders.CACHE_CONTROL, "no-cache")
                    .header("X-Accel-Buffering", "no");
            case Deferred deferred -> throw new IllegalStateException("Deferred replies are resolved before");
        };
    }

    private static Publisher<Event<String>> events(EventStream stream) {
        Publisher<SseFrame> frames = FlowAdapters.toPublisher(stream.frames());
        return Publishers.map(frames, frame -> {
            if (frame.comment() != null) {
                return Event.of("").comment(frame.comment());
            }
            // Micronaut writes no data line for empty data, and a browser drops an event without one
            // (done is such an event); a lone line break makes it write one empty data line.
            String data = frame.data() == null || frame.data().isEmpty() ? "\n" : frame.data();
            return Event.of(data).name(frame.event());
        });
    }

    private static MutableHttpResponse<ApiError> error(ErrorResponse error) {
        MutableHttpResponse<ApiError> reply = HttpResponse.<ApiError>status(HttpStatus.valueOf(error.status()))
                .body(new ApiError(error.error(), error.reason(), error.step(), error.message(), null));
        error.headers().forEach(reply::header);
        return reply;
    }

    private static MutableHttpResponse<byte[]> bytes(MutableHttpResponse<?> response, String body, String contentType) {
        // Bytes, not a String: the content type we detected must reach the wire unchanged.
        MediaType known = KNOWN_TYPES.get(contentType);
        MutableHttpResponse<?> typed = known != null ? response.contentType(known) : response.contentType(contentType);
        return typed.body(body.getBytes(StandardCharsets.UTF_8));
    }
}
