package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.di.InstantiatorFactory;
import com.vaadin.flow.server.VaadinService;
import io.micronaut.context.ApplicationContext;

/**
 * Found by Vaadin's lookup (Jetty's annotation scan, or a test's explicit service list): hands Vaadin
 * an instantiator backed by the Micronaut context that {@link JettyConsoleServer} put into the
 * servlet context. Without that context (a foreign deployment) Vaadin falls back to its own.
 */
public final class MicronautInstantiatorFactory implements InstantiatorFactory {

    @Override
    public Instantiator createInstantitor(VaadinService service) {
        ApplicationContext context = service.getContext().getAttribute(ApplicationContext.class);
        return context == null ? null : new MicronautInstantiator(service, context);
    }
}
