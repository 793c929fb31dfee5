package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.stop.Stopping;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.handler.PipeliningServerHandler;
import io.micronaut.http.server.netty.handler.RequestHandler;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import jakarta.inject.Singleton;

import java.lang.reflect.Field;

/**
 * Puts the {@link ListenerRoute} in front of Micronaut's router on every HTTP/1.1 connection: the
 * handler of the connection's requests that Micronaut built is kept (its compression, body size limits,
 * request decompression and graceful shutdown), and the router it hands requests to is replaced by the
 * route, which hands the listener's requests to {@link DirectListener} and all others to the router.
 *
 * <p>Micronaut offers no public way to put a handler where its router sits; this swaps the handler's
 * private field. Why the field and not a new handler in its place (as before): Micronaut's graceful
 * shutdown asks the handler it built to finish its connection, and a handler taken out of the pipeline
 * closed the connection at once, cutting the requests the new one was serving. If a Micronaut upgrade
 * changes the field, the connection keeps Micronaut's router and the listener is served by
 * {@link ListenerController} as before: slower, but the same answers.
 */
@Singleton
@Requires(property = "dynamic-endpoints.listener.direct-route", notEquals = "false")
final class ListenerRouteInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final Field ROUTER = router();

    private final DirectListener listener;
    private final Stopping stopping;
    private final ReplyWriter replies;

    ListenerRouteInstaller(DirectListener listener, Stopping stopping, ReplyWriter replies) {
        this.listener = listener;
        this.stopping = stopping;
        this.replies = replies;
    }

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        if (ROUTER != null) {
            event.getBean().register(new NettyServerCustomizer() {
                @Override
                public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                    return role == ChannelRole.CONNECTION ? new Connection(channel) : this;
                }
            });
        }
        return event.getBean();
    }

    private final class Connection implements NettyServerCustomizer {
        private final Channel channel;

        Connection(Channel channel) {
            this.channel = channel;
        }

        @Override
        public void onStreamPipelineBuilt() {
            ChannelHandler micronaut = channel.pipeline().get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND);
            if (!(micronaut instanceof PipeliningServerHandler built)) {
                return; // HTTP/2, or a handler this does not know: Micronaut routes the listener itself
            }
            try {
                // Runs on the connection's event loop before its first request is read, which is also
                // the only thread that reads the field afterwards.
                RequestHandler router = (RequestHandler) ROUTER.get(built);
                ROUTER.set(built, new ListenerRoute(router, listener, stopping, replies));
            } catch (IllegalAccessException | RuntimeException refused) {
                // the JDK refused to write the field: Micronaut's router serves the listener too
            }
        }
    }

    /** Micronaut's router as its connection handler holds it, or null when that field is gone or closed to us. */
    private static Field router() {
        try {
            Field field = PipeliningServerHandler.class.getDeclaredField("requestHandler");
            if (field.getType() != RequestHandler.class) {
                return null;
            }
            field.setAccessible(true);
            return field;
        } catch (ReflectiveOperationException | RuntimeException changed) {
            return null;
        }
    }
}
