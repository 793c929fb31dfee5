package io.dynamicendpoints.adapters.http.listener;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.micronaut.http.server.netty.configuration.NettyHttpServerConfiguration;
import io.micronaut.http.server.netty.handler.PipeliningServerHandler;
import io.micronaut.http.server.netty.handler.RequestHandler;
import io.micronaut.http.server.netty.HttpCompressionStrategy;
import io.micronaut.http.body.stream.BodySizeLimits;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import jakarta.inject.Singleton;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Puts the {@link ListenerRoute} in front of Micronaut's router on every HTTP/1.1 connection: Micronaut's
 * handler of the connection's requests is replaced by one alike (same compression, body size limits and
 * request decompression) that hands the listener's requests to the route and all others to the router.
 *
 * <p>Micronaut offers no public way to put a handler where its router sits; this reads the router from
 * its handler. If a Micronaut upgrade changes that, the connection keeps Micronaut's handler and the
 * listener is served by {@link ListenerController} as before: slower, but the same answers. Graceful
 * shutdown (off unless configured) asks the handler Micronaut made, so with it on the route stays out.
 */
@Singleton
@Requires(property = "micronaut.lifecycle.graceful-shutdown.enabled", notEquals = "true")
@Requires(property = "dynamic-endpoints.listener.direct-route", notEquals = "false")
final class ListenerRouteInstaller implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    private static final VarHandle ROUTER = router();

    private final DirectListener listener;
    private final NettyHttpServerConfiguration server;
    private final HttpCompressionStrategy compression;

    ListenerRouteInstaller(DirectListener listener, NettyHttpServerConfiguration server, HttpCompressionStrategy compression) {
        this.listener = listener;
        this.server = server;
        this.compression = compression;
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
            ChannelPipeline pipeline = channel.pipeline();
            ChannelHandler micronaut = pipeline.get(ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND);
            if (!(micronaut instanceof PipeliningServerHandler built)) {
                return; // HTTP/2, or a handler this does not know: Micronaut routes the listener itself
            }
            RequestHandler router = (RequestHandler) ROUTER.get(built);
            PipeliningServerHandler handler = new PipeliningServerHandler(new ListenerRoute(router, listener));
            handler.setCompressionStrategy(compression);
            handler.setBodySizeLimits(new BodySizeLimits(server.getMaxRequestSize(), server.getMaxRequestBufferSize()));
            handler.setRequestDecompressionEnabled(server.isRequestDecompressionEnabled());
            pipeline.replace(built, ChannelPipelineCustomizer.HANDLER_MICRONAUT_INBOUND, handler);
        }
    }

    /** Micronaut's router as its connection handler holds it, or null when that field is gone. */
    private static VarHandle router() {
        try {
            return MethodHandles.privateLookupIn(PipeliningServerHandler.class, MethodHandles.lookup())
                    .findVarHandle(PipeliningServerHandler.class, "requestHandler", RequestHandler.class);
        } catch (ReflectiveOperationException | RuntimeException changed) {
            return null;
        }
    }
}
