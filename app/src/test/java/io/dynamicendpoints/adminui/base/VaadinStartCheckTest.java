package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.di.Lookup;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.server.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The check after Jetty started the console: a web application in which Vaadin's initializers did not
 * run (what an unscanned jar led to) is not a console, however well Jetty started it.
 */
class VaadinStartCheckTest {

    private final Server jetty = new Server();

    @AfterEach
    void stopJetty() throws Exception {
        jetty.stop();
    }

    @Test
    void aWebApplicationWhereVaadinsInitializersDidNotRunIsNoConsole() throws Exception {
        ServletContextHandler started = started(new ServletContextHandler());

        assertThat(VaadinStartCheck.problem(started)).hasValueSatisfying(reason ->
                assertThat(reason).contains("Vaadin's initializers did not run"));
    }

    @Test
    void aWebApplicationHoldingVaadinsLookupIsAConsole() throws Exception {
        ServletContextHandler console = new ServletContextHandler();
        console.setAttribute(VaadinStartCheck.LOOKUP_ATTRIBUTE, Lookup.of("anything", Object.class));

        assertThat(VaadinStartCheck.problem(started(console))).isEmpty();
    }

    @Test
    void anUnavailableWebApplicationIsNoConsole() throws Exception {
        ServletContextHandler console = new ServletContextHandler();
        console.setAttribute(VaadinStartCheck.LOOKUP_ATTRIBUTE, Lookup.of("anything", Object.class));
        started(console).setAvailable(false);

        assertThat(VaadinStartCheck.problem(console)).hasValueSatisfying(reason ->
                assertThat(reason).contains("unavailable"));
    }

    private ServletContextHandler started(ServletContextHandler context) throws Exception {
        jetty.setHandler(context);
        jetty.start();
        return context;
    }
}
