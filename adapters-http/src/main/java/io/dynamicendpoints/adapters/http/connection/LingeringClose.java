package io.dynamicendpoints.adapters.http.connection;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPromise;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.ReferenceCountUtil;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Closes a connection the way a careful HTTP server does (Apache's and nginx's "lingering close"):
 * first its sending side, then, once the client has closed its own or {@link #LINGER} has passed, the
 * rest, discarding whatever the client still sends meanwhile.
 *
 * <p>Why: the server closes a connection while the client may still be sending, above all after
 * refusing a request early (431 for headers past the limit, 413 for a body). A socket closed with
 * unread bytes makes the kernel send a reset instead of an end of stream, and a client that receives
 * the reset before it has read the answer loses the answer: it sees "connection reset" where the
 * server had said 431.
 */
final class LingeringClose extends ChannelDuplexHandler {

    /** How long a client gets to finish sending and close its side after the server closed its own. */
    static final Duration LINGER = Duration.ofSeconds(2);

    private boolean closing;

    @Override
    public void close(ChannelHandlerContext ctx, ChannelPromise promise) {
        if (closing || !(ctx.channel() instanceof SocketChannel socket) || !socket.isActive()
                || socket.isOutputShutdown()) {
            ctx.close(promise);
            return;
        }
        closing = true;
        // The client's end of stream closes the channel (Netty does so on reading it); the deadline
        // closes it otherwise. Either way the caller's close completes then.
        ScheduledFuture<?> deadline = ctx.executor().schedule(() -> ctx.close(), LINGER.toMillis(), TimeUnit.MILLISECONDS);
        socket.closeFuture().addListener(closed -> {
            deadline.cancel(false);
            promise.trySuccess();
        });
        // The end of the server's stream, after what is written already (Micronaut closes once its answer is).
        socket.shutdownOutput().addListener(shutdown -> {
            if (!shutdown.isSuccess()) {
                ctx.close();
            }
        });
        socket.config().setAutoRead(true);
        ctx.read();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (closing) {
            ReferenceCountUtil.release(msg); // the client's late bytes: read only so that the close is clean
            return;
        }
        ctx.fireChannelRead(msg);
    }
}
