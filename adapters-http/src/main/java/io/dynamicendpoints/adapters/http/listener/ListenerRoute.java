package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.RequestId;
import io.dynamicendpoints.adapters.http.stop.StopRefusal;
import io.dynamicendpoints.adapters.http.stop.Stopping;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.micronaut.http.body.CloseableByteBody;
import io.micronaut.http.server.netty.handler.OutboundAccess;
import io.micronaut.http.server.netty.handler.RequestHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.HttpRequest;

/**
 * The listener's own route: {@code GET|POST|PUT|OPTIONS /listener/{first_hash}/{second_hash}} goes
 * from Netty's request straight to the use case, and its reply straight to Netty
 * ({@link DirectListener}). Every other request goes on to Micronaut's router, as does a listener
 * address in any but the plain form ({@link ListenerAddress}), which {@link ListenerController}
 * serves alike.
 *
 * <p>Why: the listener is the platform's hot path, and Micronaut's router, filter chain and body
 * binding cost more than the listener's own work: matching the path against every route's template,
 * then a request object, attributes, argument conversion and a response encoder per request. None of
 * it is needed here: the listener is anonymous, takes any body as bytes and answers bytes it made.
 * Micronaut still does what HTTP needs around it (keep-alive, pipelining order, the body size limit,
 * {@code Expect: 100-continue}, compression, graceful shutdown): this sits where its router would.
 *
 * <p>Because every HTTP/1.1 request passes here first, this is also where a request that arrives while
 * the server stops is refused ({@link StopRefusal}), on the listener and the router alike.
 */
final class ListenerRoute implements RequestHandler {

    private static final ErrorResponse STOPPING =
            new ErrorResponse(StopRefusal.STATUS, StopRefusal.ERROR, null, null, StopRefusal.MESSAGE, StopRefusal.HEADERS);

    private final RequestHandler router;
    private final DirectListener listener;
    private final Stopping stopping;
    private final ReplyWriter replies;

    ListenerRoute(RequestHandler router, DirectListener listener, Stopping stopping, ReplyWriter replies) {
        this.router = router;
        this.listener = listener;
        this.stopping = stopping;
        this.replies = replies;
    }

    @Override
    public void accept(ChannelHandlerContext ctx, HttpRequest request, CloseableByteBody body, OutboundAccess outbound) {
        if (stopping.begun() && StopRefusal.refuses(request.uri())) {
            body.close();
            stopping.refused();
            outbound.closeAfterWrite();
            replies.writeError(STOPPING, RequestId.of(request.headers().get(RequestId.HEADER)), outbound);
            return;
        }
        if (!listener.serve(ctx, request, body, outbound)) {
            router.accept(ctx, request, body, outbound);
        }
    }

    @Override
    public void handleUnboundError(Throwable cause) {
        router.handleUnboundError(cause);
    }

    @Override
    public void responseWritten(Object attachment) {
        stopping.answered();
        router.responseWritten(attachment);
    }

    @Override
    public void removed() {
        router.removed();
    }
}
