package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.di.DefaultInstantiator;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micronaut.context.ApplicationContext;

import java.util.stream.Stream;

/**
 * Creates views and components that are Micronaut beans (views are {@code @Prototype}, so each
 * navigation gets a fresh one with its use cases injected); anything else the Vaadin way. Service init
 * listeners that are beans (the access rules) join those Vaadin finds itself.
 */
final class MicronautInstantiator extends DefaultInstantiator {

    private final transient ApplicationContext context;

    MicronautInstantiator(VaadinService service, ApplicationContext context) {
        super(service);
        this.context = context;
    }

    @Override
    public Stream<VaadinServiceInitListener> getServiceInitListeners() {
        return Stream.concat(super.getServiceInitListeners(),
                context.getBeansOfType(VaadinServiceInitListener.class).stream());
    }

    @Override
    public <T> T getOrCreate(Class<T> type) {
        return context.containsBean(type) ? context.getBean(type) : super.getOrCreate(type);
    }

    @Override
    public <T extends Component> T createComponent(Class<T> componentClass) {
        return context.containsBean(componentClass) ? context.getBean(componentClass) : super.createComponent(componentClass);
    }
}
