package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.BodyRefusal;
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
import io.netty.handler.codec.http.HttpHeaders;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletionStage;

/**
 * {@code GET|POST|PUT|OPTIONS /listener/{first_hash}/{second_hash}}. Runs on the event loop: the use
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

    @Get
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
        String message = "The body is larger than this endpoint accepts (at most " + maxRequestSize + " bytes)";
        String[] hashes = request.getPath().substring("/listener/".length()).split("/", -1);
        if (hashes.length == 2) {
            // The request log records refusals of known endpoints, this one included (it never reached the use case).
            recordRefusedRequest.record(new IncomingRequest(request.getMethodName(), hashes[0], hashes[1],
                    query(request), headers(request), null), 413, "payload_too_large", message);
        }
        return replies.toHttp(BodyRefusal.TOO_LARGE.response(message));
    }

    private CompletionStage<MutableHttpResponse<?>> receive(HttpRequest<?> request, String firstHash, String secondHash, byte[] body) {
        IncomingRequest incoming = new IncomingRequest(request.getMethodName(), firstHash, secondHash,
                query(request), headers(request), body);
        return replies.toHttp(receiveRequest.receive(incoming));
    }

    /**
     * The query string's parameters. Most calls to a webhook carry none, and asking Micronaut for them
     * parses the request's URI and decodes its query every time: 5 % of the event loops' samples under
     * (a) of the benchmark, a request without a query. Netty's request line tells at once that there
     * is nothing to decode (a {@code ?} in a path is always percent-encoded).
     */
    private static Map<String, List<String>> query(HttpRequest<?> request) {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (request instanceof NettyHttpRequest<?> netty && netty.getNativeRequest().uri().indexOf('?') < 0) {
            return query;
        }
        request.getParameters().forEach((name, values) -> query.put(name, values));
        return query;
    }

    /**
     * The request's headers by lower-case name, in the order they first came, each name's values in
     * order. Read in one pass over Netty's headers: Micronaut's {@code forEach} first collects the
     * distinct names into a new set, then walks all headers again for each name, and hands out lazy
     * views that the request log's writer, on another thread, then reads through Netty's objects.
     */
    private static Map<String, List<String>> headers(HttpRequest<?> request) {
        if (!(request instanceof NettyHttpRequest<?> netty)) {
            Map<String, List<String>> headers = new LinkedHashMap<>();
            request.getHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), List.copyOf(values)));
            return headers;
        }
        HttpHeaders sent = netty.getNativeRequest().headers();
        Map<String, List<String>> headers = LinkedHashMap.newLinkedHashMap(sent.size());
        for (Iterator<Map.Entry<String, String>> each = sent.iteratorAsString(); each.hasNext(); ) {
            Map.Entry<String, String> header = each.next();
            headers.merge(header.getKey().toLowerCase(Locale.ROOT), List.of(header.getValue()), ListenerController::concatenated);
        }
        return headers;
    }

    /** A header sent again: its values after the earlier ones. */
    private static List<String> concatenated(List<String> earlier, List<String> later) {
        List<String> values = new ArrayList<>(earlier.size() + later.size());
        values.addAll(earlier);
        values.addAll(later);
        return List.copyOf(values);
    }
}
