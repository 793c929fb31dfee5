package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.RequestId;
import io.dynamicendpoints.application.receive.EndpointNotFoundException;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.netty.handler.OutboundAccess;
import io.micronaut.http.server.netty.handler.RequestHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;

/**
 * The listener's own route: {@code GET|POST|PUT|OPTIONS /listener/{first_hash}/{second_hash}} goes
 * from Netty's request straight to the use case, and its reply straight to Netty. Every other request
 * goes on to Micronaut's router, as does a listener address in any but the plain form
 * ({@link ListenerAddress}), which {@link ListenerController} serves alike.
 *
 * <p>Why: the listener is the platform's hot path, and Micronaut's router, filter chain and body
 * binding cost more than the listener's own work: matching the path against every route's template,
 * then a request object, attributes, argument conversion and a response encoder per request. None of
 * it is needed here: the listener is anonymous, takes any body as bytes and answers bytes it made.
 * Micronaut still does what HTTP needs around it (keep-alive, pipelining order, the body size limit,
 * {@code Expect: 100-continue}, compression, graceful shutdown): this sits where its router would.
 */
final class ListenerRoute implements RequestHandler {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerRoute.class);

    private final RequestHandler router;
    private final ReceiveRequest receiveRequest;
    private final RecordRefusedRequest recordRefusedRequest;
    private final ReplyWriter replies;
    private final long maxRequestSize;

    ListenerRoute(RequestHandler router, ReceiveRequest receiveRequest, RecordRefusedRequest recordRefusedRequest,
                  ReplyWriter replies, long maxRequestSize) {
        this.router = router;
        this.receiveRequest = receiveRequest;
        this.recordRefusedRequest = recordRefusedRequest;
        this.replies = replies;
        this.maxRequestSize = maxRequestSize;
    }

    @Override
    public void accept(ChannelHandlerContext ctx, HttpRequest request, CloseableByteBody body, OutboundAccess outbound) {
        // A request Netty could not decode (headers or request line too long) is refused by the router.
        ListenerAddress address = takes(request.method()) && request.decoderResult().isSuccess()
                ? ListenerAddress.of(request.uri()) : null;
        if (address == null) {
            router.accept(ctx, request, body, outbound);
            return;
        }
        String requestId = RequestId.of(request.headers().get(RequestId.HEADER));
        if (body.expectedLength().orElse(-1) == 0) {
            body.close();
            receive(ctx, request, address, null, requestId, outbound);
            return;
        }
        body.buffer().whenComplete((bytes, failure) -> {
            if (failure != null) {
                refuseBody(request, address, failure, requestId, outbound);
            } else {
                receive(ctx, request, address, read(bytes), requestId, outbound);
            }
        });
    }

    private void receive(ChannelHandlerContext ctx, HttpRequest request, ListenerAddress address, byte[] body,
                         String requestId, OutboundAccess outbound) {
        ListenerResponse response;
        try {
            response = receiveRequest.receive(IncomingRequests.of(request, address.firstHash(), address.secondHash(), body));
        } catch (EndpointNotFoundException unknown) {
            replies.writeError(new ErrorResponse(404, "not_found", "No published endpoint at this address"), requestId, outbound);
            return;
        } catch (RuntimeException failure) {
            LOG.error("The listener failed on a request", failure);
            replies.writeError(new ErrorResponse(500, "internal_error", "Internal Server Error"), requestId, outbound);
            return;
        }
        replies.write(response, requestId, ctx.channel(), outbound);
    }

    /** The listener's own 413, for a body the server stopped reading at the size limit. */
    private void refuseBody(HttpRequest request, ListenerAddress address, Throwable failure, String requestId,
                            OutboundAccess outbound) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof ContentLengthExceededException)) {
            // The connection broke while the body arrived: there is no one to answer.
            LOG.debug("A listener request's body could not be read", cause);
            outbound.closeAfterWrite();
            replies.writeError(new ErrorResponse(400, "bad_request", "The request body could not be read"), requestId, outbound);
            return;
        }
        IncomingRequest refused = IncomingRequests.of(request, address.firstHash(), address.secondHash(), null);
        ListenerResponse answer = TooLargeBody.refuse(refused, maxRequestSize, recordRefusedRequest);
        outbound.closeAfterWrite(); // rather than read the rest of a body nobody wants
        replies.write(answer, requestId, null, outbound);
    }

    private static byte[] read(CloseableAvailableByteBody body) {
        try (body) {
            return body.toByteArray();
        }
    }

    private static boolean takes(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.GET || method == HttpMethod.PUT || method == HttpMethod.OPTIONS;
    }

    @Override
    public void handleUnboundError(Throwable cause) {
        router.handleUnboundError(cause);
    }

    @Override
    public void responseWritten(Object attachment) {
        router.responseWritten(attachment);
    }

    @Override
    public void removed() {
        router.removed();
    }
}
