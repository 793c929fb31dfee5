package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.RequestId;
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
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.body.ByteBody;
import io.micronaut.http.netty.body.AvailableNettyByteBody;
import io.micronaut.http.netty.body.NettyByteBodyFactory;
import io.micronaut.http.server.netty.handler.OutboundAccess;
import io.micronaut.json.JsonMapper;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.handler.codec.http.DefaultHttpHeaders;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.AsciiString;
import jakarta.inject.Singleton;
import org.reactivestreams.FlowAdapters;
import org.reactivestreams.Publisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * Writes the use case's reply to the connection as Netty's response: status, headers and body bytes,
 * now or when a run produces them, or a live event stream. Every answer carries {@code Date} and the
 * request's {@code X-Request-Id}.
 */
@Singleton
final class ReplyWriter {

    private static final Logger LOG = LoggerFactory.getLogger(ReplyWriter.class);
    private static final AsciiString JSON = AsciiString.cached("application/json");
    private static final AsciiString HTML = AsciiString.cached("text/html; charset=UTF-8");
    private static final AsciiString EVENT_STREAM = AsciiString.cached("text/event-stream");
    private static final AsciiString REQUEST_ID = AsciiString.cached(RequestId.HEADER);

    private final JsonMapper json;
    private final HttpDate date = new HttpDate(Clock.systemUTC());

    ReplyWriter(JsonMapper json) {
        this.json = json;
    }

    /** Writes {@code response} to {@code outbound}, once it is known. */
    void write(ListenerResponse response, String requestId, Channel channel, OutboundAccess outbound) {
        if (response instanceof Deferred deferred) {
            deferred.reply().whenComplete((reply, failure) -> {
                if (failure != null && StorageUnavailable.causes(failure)) {
                    LOG.warn("A workflow run found the database out of reach: {}", failure.toString());
                    writeError(StorageUnavailable.reply(), requestId, outbound);
                } else if (failure != null) {
                    LOG.warn("A workflow run failed unexpectedly", failure);
                    writeError(new ErrorResponse(500, "internal_error", "The workflow run failed unexpectedly"), requestId, outbound);
                } else {
                    write(reply, requestId, channel, outbound);
                }
            });
            return;
        }
        Answer answer;
        try {
            answer = answer(response, channel);
        } catch (RuntimeException unwritable) {
            // A header a workflow rendered that HTTP cannot carry (a line break, say). Its text may hold
            // data of the request, so only the kind of failure is logged.
            LOG.warn("A reply could not be written: {}", unwritable.getClass().getSimpleName());
            writeError(new ErrorResponse(500, "internal_error", "The workflow run failed unexpectedly"), requestId, outbound);
            return;
        }
        send(answer, requestId, outbound);
    }

    /** Writes the JSON error answer {@code error}. */
    void writeError(ErrorResponse error, String requestId, OutboundAccess outbound) {
        send(error(error), requestId, outbound);
    }

    private void send(Answer answer, String requestId, OutboundAccess outbound) {
        HttpHeaders headers = answer.headers();
        headers.set(HttpHeaderNames.DATE, date.now());
        headers.set(REQUEST_ID, requestId);
        outbound.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, answer.status(), headers), answer.body());
    }

    private Answer answer(ListenerResponse response, Channel channel) {
        return switch (response) {
            case DataResponse data -> data.body().isEmpty() || data.contentType() == null
                    ? empty(HttpResponseStatus.OK)
                    : text(data.body(), data.contentType());
            case HtmlResponse html -> text(html.body(), HTML);
            case RedirectResponse redirect -> {
                Answer found = empty(HttpResponseStatus.FOUND);
                found.headers().set(HttpHeaderNames.LOCATION, redirect.location());
                yield found;
            }
            case EmptyResponse empty -> empty(HttpResponseStatus.OK);
            case NoContentResponse noContent -> {
                Answer none = empty(HttpResponseStatus.NO_CONTENT);
                noContent.headers().forEach(none.headers()::set);
                yield none;
            }
            case ErrorResponse error -> error(error);
            case Decorated decorated -> {
                Answer inner = answer(decorated.response(), channel);
                HttpResponseStatus status = decorated.status() != null
                        ? HttpResponseStatus.valueOf(decorated.status()) : inner.status();
                // A header the workflow names replaces the reply's own (its Content-Type included).
                decorated.headers().forEach(inner.headers()::set);
                yield new Answer(status, inner.headers(), inner.body());
            }
            case EventStream stream -> {
                HttpHeaders headers = new DefaultHttpHeaders();
                headers.set(HttpHeaderNames.CONTENT_TYPE, EVENT_STREAM);
                headers.set(HttpHeaderNames.CACHE_CONTROL, HttpHeaderValues.NO_CACHE);
                headers.set("X-Accel-Buffering", "no");
                Publisher<ByteBuf> frames = Publishers.map(FlowAdapters.toPublisher(stream.frames()),
                        frame -> Unpooled.wrappedBuffer(EventStreamFrame.bytes(frame)));
                yield new Answer(HttpResponseStatus.OK, headers, new NettyByteBodyFactory(channel).adaptNetty(frames));
            }
            case Deferred deferred -> throw new IllegalStateException("Deferred replies are resolved before");
        };
    }

    private Answer error(ErrorResponse error) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(new ApiError(error.error(), error.reason(), error.step(), error.message(), null));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HttpHeaders headers = new DefaultHttpHeaders();
        headers.set(HttpHeaderNames.CONTENT_TYPE, JSON);
        error.headers().forEach(headers::set);
        return new Answer(HttpResponseStatus.valueOf(error.status()), headers, bytes(body));
    }

    private static Answer text(String body, CharSequence contentType) {
        HttpHeaders headers = new DefaultHttpHeaders();
        headers.set(HttpHeaderNames.CONTENT_TYPE, contentType);
        return new Answer(HttpResponseStatus.OK, headers, bytes(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static Answer empty(HttpResponseStatus status) {
        return new Answer(status, new DefaultHttpHeaders(), AvailableNettyByteBody.empty());
    }

    private static ByteBody bytes(byte[] body) {
        return new AvailableNettyByteBody(Unpooled.wrappedBuffer(body));
    }

    /** An answer being made: status, headers and body. */
    private record Answer(HttpResponseStatus status, HttpHeaders headers, ByteBody body) {
    }
}
