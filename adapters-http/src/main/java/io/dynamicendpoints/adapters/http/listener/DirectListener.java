package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.RequestId;
import io.dynamicendpoints.adapters.http.error.StorageUnavailable;
import io.dynamicendpoints.application.receive.EndpointNotFoundException;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.requestlog.RecordRefusedRequest;
import io.micronaut.http.body.CloseableAvailableByteBody;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.HttpServerConfiguration;
import io.micronaut.http.server.netty.handler.OutboundAccess;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletionException;

/**
 * The listener served straight from Netty's request, for {@link ListenerRoute}: its address read off
 * the request line, its body buffered, the use case called and its reply written by {@link ReplyWriter}.
 */
@Singleton
final class DirectListener {

    private static final Logger LOG = LoggerFactory.getLogger(DirectListener.class);

    private final ReceiveRequest receiveRequest;
    private final RecordRefusedRequest recordRefusedRequest;
    private final ReplyWriter replies;
    private final long maxRequestSize;

    DirectListener(ReceiveRequest receiveRequest, RecordRefusedRequest recordRefusedRequest, ReplyWriter replies,
                   HttpServerConfiguration server) {
        this.receiveRequest = receiveRequest;
        this.recordRefusedRequest = recordRefusedRequest;
        this.replies = replies;
        this.maxRequestSize = server.getMaxRequestSize();
    }

    /**
     * Serves {@code request} when it is one for the listener in the plain form, and says whether it
     * did; any other request is left untouched, for the router.
     */
    boolean serve(ChannelHandlerContext ctx, HttpRequest request, CloseableByteBody body, OutboundAccess outbound) {
        // A request Netty could not decode (headers or request line too long) is refused by the router.
        ListenerAddress address = takes(request.method()) && request.decoderResult().isSuccess()
                ? ListenerAddress.of(request.uri()) : null;
        if (address == null) {
            return false;
        }
        String requestId = RequestId.of(request.headers().get(RequestId.HEADER));
        if (body.expectedLength().orElse(-1) == 0) {
            body.close();
            receive(ctx, request, address, null, requestId, outbound);
            return true;
        }
        body.buffer().whenComplete((bytes, failure) -> {
            if (failure != null) {
                refuseBody(request, address, failure, requestId, outbound);
            } else {
                receive(ctx, request, address, read(bytes), requestId, outbound);
            }
        });
        return true;
    }

    private void receive(ChannelHandlerContext ctx, HttpRequest request, ListenerAddress address, byte[] body,
                         String requestId, OutboundAccess outbound) {
        ListenerResponse response;
        try {
            response = receiveRequest.receive(IncomingRequests.of(request, address.firstHash(), address.secondHash(), body));
        } catch (EndpointNotFoundException unknown) {
            replies.writeError(new ErrorResponse(404, "not_found", unknown.getMessage()), requestId, outbound);
            return;
        } catch (RuntimeException failure) {
            if (StorageUnavailable.causes(failure)) {
                LOG.warn("A listener request found the database out of reach: {}", failure.toString());
                replies.writeError(StorageUnavailable.reply(), requestId, outbound);
                return;
            }
            LOG.error("The listener failed on a request", failure);
            // The same answer as the router's for an unexpected failure (ApiErrorResponseProcessor).
            replies.writeError(new ErrorResponse(500, "internal_error", "The server failed to handle the request"),
                    requestId, outbound);
            return;
        }
        replies.write(response, requestId, ctx.channel(), outbound);
    }

    /** The listener's own 413, for a body the server stopped reading at the size limit. */
    private void refuseBody(HttpRequest request, ListenerAddress address, Throwable failure, String requestId,
                            OutboundAccess outbound) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
        if (!(cause instanceof ContentLengthExceededException)) {
            // Not the size limit: the body broke off, or a compressed body did not decompress. Whoever is
            // still there gets a 400, and the connection, whose state is unknown, is closed.
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

    /** HEAD is not among them: the router refuses it with the listener's 405, as it does PATCH or DELETE. */
    private static boolean takes(HttpMethod method) {
        return method == HttpMethod.POST || method == HttpMethod.GET || method == HttpMethod.PUT || method == HttpMethod.OPTIONS;
    }
}
