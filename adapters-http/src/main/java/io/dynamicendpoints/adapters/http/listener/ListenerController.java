package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code GET|POST|PUT|OPTIONS /listener/{first_hash}/{second_hash}} as a route of Micronaut's router.
 * {@link ListenerRoute} answers these requests before the router sees them; this route is what the
 * router knows of the listener (so that other methods get 405 with {@code Allow}), and serves what
 * the direct route leaves to it: escaped addresses, HTTP/2, and every request when
 * {@code dynamic-endpoints.listener.direct-route} is {@code false}. Runs on the event loop: the use
 * case reads only memory. Any body is accepted as bytes, whatever its content type; making sense of
 * it is the use case's job.
 *
 * <p>One refusal happens here instead: a body over {@code micronaut.server.max-request-size} (which
 * follows {@code dynamic-endpoints.listener.max-body-size}) is cut off by the server while it arrives,
 * before the use case could see it, and {@link #bodyTooLarge} answers it as the use case would.
 */
@Controller("/listener/{firstHash}/{secondHash}")
@Secured(SecurityRule.IS_ANONYMOUS)
final class ListenerController {

    private final ReceiveRequest receiveRequest;
    private final ListenerReplies replies;
    private final long maxRequestSize;
    private final RecordRefusedRequest recordRefusedRequest;

    ListenerController(ReceiveRequest receiveRequest, ListenerReplies replies, HttpServerConfiguration server,
                       RecordRefusedRequest recordRefusedRequest) {
        this.recordRefusedRequest = recordRefusedRequest;
        this.receiveRequest = receiveRequest;
        this.replies = replies;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    /**
     * Without a HEAD route of its own: Micronaut would otherwise answer HEAD with this GET route, which
     * runs the workflow (a {@code create_record} step stored a record) only to drop the reply's body.
     * HEAD gets 405 like any method the listener does not take.
     */
    @Get(headRoute = false)
    CompletionStage<MutableHttpResponse<?>> get(HttpRequest<?> request, @PathVariable String firstHash, @PathVariable String secondHash) {
        return receive(request, firstHash, secondHash, null);
    }

    @Post
    @Consumes(MediaType.ALL)
    CompletionStage<MutableHttpResponse<?>> post(HttpRequest<?> request, @PathVariable String firstHash, @PathVariable String secondHash,
                         @Body @Nullable byte[] body) {
        return receive(request, firstHash, secondHash, body);
    }

    @Put
    @Consumes(MediaType.ALL)
    CompletionStage<MutableHttpResponse<?>> put(HttpRequest<?> request, @PathVariable String firstHash, @PathVariable String secondHash,
                        @Body @Nullable byte[] body) {
        return receive(request, firstHash, secondHash, body);
    }

    @Options
    @Consumes(MediaType.ALL)
    CompletionStage<MutableHttpResponse<?>> options(HttpRequest<?> request, @PathVariable String firstHash, @PathVariable String secondHash,
                            @Body @Nullable byte[] body) {
        return receive(request, firstHash, secondHash, body);
    }

    /** The listener's own 413, for a body the server stopped reading at the size limit. */
    @Error(exception = ContentLengthExceededException.class)
    CompletionStage<MutableHttpResponse<?>> bodyTooLarge(HttpRequest<?> request, ContentLengthExceededException tooLarge) {
        String[] hashes = request.getPath().substring("/listener/".length()).split("/", -1);
        IncomingRequest refused = incoming(request, hashes[0], hashes.length > 1 ? hashes[1] : "", null);
        return replies.toHttp(TooLargeBody.refuse(refused, maxRequestSize, recordRefusedRequest));
    }

    private CompletionStage<MutableHttpResponse<?>> receive(HttpRequest<?> request, String firstHash, String secondHash, byte[] body) {
        return replies.toHttp(receiveRequest.receive(incoming(request, firstHash, secondHash, body)));
    }

    private static IncomingRequest incoming(HttpRequest<?> request, String firstHash, String secondHash, byte[] body) {
        if (request instanceof NettyHttpRequest<?> netty) {
            return IncomingRequests.of(netty.getNativeRequest(), firstHash, secondHash, body);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
        return new IncomingRequest(request.getMethodName(), firstHash, secondHash,
                IncomingRequests.query(request.getUri().toString()), headers, body);
    }
}
