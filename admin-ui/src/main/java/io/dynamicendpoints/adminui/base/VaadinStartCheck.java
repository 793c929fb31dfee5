package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.di.Lookup;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;

import java.util.Optional;

/**
 * Tells, once Jetty has started the console, whether Vaadin really started in it.
 *
 * <p>Why: Jetty starts a web application whose initializers found nothing without a complaint, and
 * Vaadin's servlet then fails on every request (500). Vaadin's initializers leave their {@link Lookup}
 * in the servlet context, under its class name; without it the console cannot serve a page, and it is
 * better stopped than answering.
 */
final class VaadinStartCheck {

    /** The servlet-context attribute Vaadin 24 keeps its {@link Lookup} under ({@code VaadinServletContext#setAttribute}). */
    static final String LOOKUP_ATTRIBUTE = Lookup.class.getName();

    private VaadinStartCheck() {
    }

    /** Why the started {@code console} cannot serve the console, or empty when it can. */
    static Optional<String> problem(ServletContextHandler console) {
        if (!console.isAvailable()) {
            return Optional.of("its web application is unavailable");
        }
        if (console.getServletContext().getAttribute(LOOKUP_ATTRIBUTE) == null) {
            return Optional.of("Vaadin's initializers did not run, so it found none of its classes on the classpath");
        }
        return Optional.empty();
    }
}
