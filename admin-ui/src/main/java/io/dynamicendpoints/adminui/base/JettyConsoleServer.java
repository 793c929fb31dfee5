package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServlet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.webapp.WebInfConfiguration;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.util.Objects;

/**
 * Serves the Vaadin console from an embedded Jetty on its own port, started and stopped with the
 * Micronaut context. No released Vaadin integration fits Micronaut 4, so the bridge is small and
 * explicit: the context travels to Vaadin as a servlet-context attribute, and
 * {@link MicronautInstantiatorFactory} (found by Jetty's annotation scan) creates the views through it.
 * Micronaut Security does not reach Jetty; the console signs users in itself ({@link ConsoleAccessControl}).
 */
@Singleton
@Requires(property = "dynamic-endpoints.admin-ui.enabled", notEquals = "false")
public final class JettyConsoleServer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JettyConsoleServer.class);

    /**
     * Which classpath entries Jetty scans for Vaadin's {@code @HandlesTypes}: the Vaadin and Flow jars,
     * the console's own classes (a jar or, in the IDE, a classes folder), and the platform's single
     * shaded jar. Scanning everything else (Micronaut, Netty, drivers) would only slow the start.
     */
    static final String SCANNED_CLASSPATH = ".*/(flow-[^/]*|vaadin-[^/]*|admin-ui[^/]*|dynamic-endpoints)\\.jar$"
            + "|.*/admin-ui/target/classes/?$";

    private static final String WEB_ROOT = "io/dynamicendpoints/adminui/webapp";

    private final ApplicationContext applicationContext;
    private final ConsoleSettings settings;
    private Server server;
    private WebAppContext webApp;

    public JettyConsoleServer(ApplicationContext applicationContext, ConsoleSettings settings) {
        this.applicationContext = applicationContext;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        start();
    }

    synchronized void start() {
        if (server != null) {
            return;
        }
        long started = System.nanoTime();
        Server jetty = new Server();
        ServerConnector connector = new ServerConnector(jetty);
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        jetty.addConnector(connector);
        WebAppContext context = webApp(jetty);
        jetty.setHandler(new SecurityHeaders(context));
        jetty.setStopAtShutdown(false);
        try {
            jetty.start();
        } catch (Exception e) {
            try {
                jetty.stop();
            } catch (Exception ignored) {
                // Already failing; the first cause is the one to report.
            }
            throw new IllegalStateException("The admin console could not start on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        server = jetty;
        webApp = context;
        LOG.info("Admin console listening at {} (started in {} ms)", url(),
                (System.nanoTime() - started) / 1_000_000);
    }

    private WebAppContext webApp(Server jetty) {
        WebAppContext webApp = new WebAppContext();
        webApp.setContextPath("/");
        webApp.setDisplayName("Dynamic Endpoints console");
        ResourceFactory resources = ResourceFactory.of(webApp);
        Resource webRoot = resources.newClassLoaderResource(WEB_ROOT);
        webApp.setBaseResource(Objects.requireNonNull(webRoot, "console web root missing from the classpath"));
        // Same class loader as Micronaut: the views Vaadin asks for are the classes Micronaut has beans for.
        webApp.setParentLoaderPriority(true);
        webApp.setConfigurations(new Configuration[]{
                new WebInfConfiguration(), new MetaInfConfiguration(), new AnnotationConfiguration()});
        webApp.setAttribute(MetaInfConfiguration.CONTAINER_JAR_PATTERN, SCANNED_CLASSPATH);
        webApp.setAttribute(ApplicationContext.class.getName(), applicationContext);
        webApp.setThrowUnavailableOnStartupException(true);
        // The Vaadin servlet is registered below; Vaadin need not look for one (and trip over Jetty's
        // hidden default servlet class while doing so).
        webApp.setInitParameter(InitParameters.DISABLE_AUTOMATIC_SERVLET_REGISTRATION, "true");
        webApp.getServletHandler().setEnsureDefaultServlet(false);

        webApp.getSessionHandler().setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
        webApp.getSessionHandler().setHttpOnly(true);
        webApp.getSessionHandler().setSameSite(HttpCookie.SameSite.STRICT);
        webApp.getSessionHandler().setSessionCookie("DE_CONSOLE_SESSION");

        ServletHolder vaadin = new ServletHolder("vaadin", VaadinServlet.class);
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_PRODUCTION_MODE, "true");
        // Heartbeats do not count as activity: an idle console signs its user out after the session timeout.
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_CLOSE_IDLE_SESSIONS, "true");
        vaadin.setInitParameter(InitParameters.SERVLET_PARAMETER_HEARTBEAT_INTERVAL, "60");
        webApp.addServlet(vaadin, "/*");
        webApp.setServer(jetty);
        return webApp;
    }

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8081/}. */
    public synchronized URI url() {
        if (server == null) {
            throw new IllegalStateException("The admin console is not running");
        }
        ServerConnector connector = (ServerConnector) server.getConnectors()[0];
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** How long an idle session lives, as Jetty applies it. */
    synchronized int sessionTimeoutSeconds() {
        return webApp == null ? 0 : webApp.getSessionHandler().getMaxInactiveInterval();
    }

    @PreDestroy
    synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warn("The admin console did not stop cleanly: {}", e.getMessage());
        } finally {
            server = null;
            webApp = null;
        }
    }
}
