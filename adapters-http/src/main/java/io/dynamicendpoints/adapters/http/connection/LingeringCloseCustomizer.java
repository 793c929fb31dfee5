package io.dynamicendpoints.adapters.http.connection;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import jakarta.inject.Singleton;

/** Puts a {@link LingeringClose} at the socket end of every connection's pipeline. */
@Singleton
final class LingeringCloseCustomizer implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

    @Override
    public NettyServerCustomizer.Registry onCreated(BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
        event.getBean().register(new NettyServerCustomizer() {
            @Override
            public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
                return role == ChannelRole.CONNECTION ? new Connection(channel) : this;
            }
        });
        return event.getBean();
    }

    private record Connection(Channel channel) implements NettyServerCustomizer {
        @Override
        public void onInitialPipelineBuilt() {
            channel.pipeline().addFirst("lingering-close", new LingeringClose());
        }
    }
}
