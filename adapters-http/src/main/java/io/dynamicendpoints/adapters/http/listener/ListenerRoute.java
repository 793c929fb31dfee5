package io.dynamicendpoints.adapters.http.listener;

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
 */
final class ListenerRoute implements RequestHandler {

    private final RequestHandler router;
    private final DirectListener listener;

    ListenerRoute(RequestHandler router, DirectListener listener) {
        this.router = router;
        this.listener = listener;
    }

    @Override
    public void accept(ChannelHandlerContext ctx, HttpRequest request, CloseableByteBody body, OutboundAccess outbound) {
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
        router.responseWritten(attachment);
    }

    @Override
    public void removed() {
        router.removed();
    }
}
