package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.server.InitParameters;
import com.vaadin.flow.server.VaadinServlet;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.StartupEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.ee10.webapp.Configuration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.ee10.webapp.WebInfConfiguration;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Serves the Vaadin console from an embedded Jetty on its own port, started and stopped with the
 * Micronaut context. No released Vaadin integration fits Micronaut 4, so the bridge is small and
 * explicit: the context travels to Vaadin as a servlet-context attribute, and
 * {@link MicronautInstantiatorFactory} (found by Jetty's annotation scan) creates the views through it.
 * Micronaut Security does not reach Jetty; the console signs users in itself ({@link ConsoleAccessControl}).
 *
 * <p>Which classpath entries that scan reads is chosen by what they hold ({@link ConsoleJars}), so the
 * packaged jar may have any name and lie anywhere; a console whose Vaadin did not start is stopped
 * rather than left answering 500 ({@link VaadinStartCheck}); and no error page or header names the
 * server or shows an exception ({@link ConsoleErrorPage}).
 */
@Singleton
@Requires(property = "dynamic-endpoints.admin-ui.enabled", notEquals = "false")
public final class JettyConsoleServer implements ApplicationEventListener<StartupEvent> {

    private static final Logger LOG = LoggerFactory.getLogger(JettyConsoleServer.class);

    private static final String WEB_ROOT = "io/dynamicendpoints/adminui/webapp";

    /** How long a caller waits for a console that is still starting, before giving up on it. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final ApplicationContext applicationContext;
    private final ConsoleSettings settings;
    private Server server;
    /** Bound at once, but handed to {@link #server} only once Vaadin has started. */
    private ServerConnector port;
    private WebAppContext webApp;
    /** Completes when the web application runs (or failed to); null before {@link #start()} and after {@link #stop()}. */
    private CompletableFuture<Void> started;

    public JettyConsoleServer(ApplicationContext applicationContext, ConsoleSettings settings) {
        this.applicationContext = applicationContext;
        this.settings = settings;
    }

    @Override
    public void onApplicationEvent(StartupEvent event) {
        start();
    }

    /**
     * Binds the console's port at once, so that a taken port fails the platform's start loudly, and
     * starts the web application on a thread of its own: Vaadin's start takes seconds that the
     * listener, starting meanwhile, need not wait for. A browser that connects early waits in the
     * port's backlog until the console answers. Jetty accepts connections only once Vaadin is known to
     * have started ({@link VaadinStartCheck}); otherwise the port closes and no request ever sees the
     * broken console.
     */
    synchronized void start() {
        if (started != null) {
            return;
        }
        long begun = System.nanoTime();
        Server jetty = new Server();
        ConsoleErrorPage errorPage = new ConsoleErrorPage();
        jetty.setErrorHandler(errorPage);
        ServerConnector connector = new ServerConnector(jetty, new HttpConnectionFactory(quietHttp()));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        WebAppContext context = webApp(jetty);
        context.setErrorHandler(errorPage);
        jetty.setHandler(new SecurityHeaders(context));
        jetty.setStopAtShutdown(false);
        try {
            connector.open();
        } catch (IOException e) {
            throw new IllegalStateException("The admin console could not start on " + settings.host() + ":"
                    + settings.port() + ": " + e.getMessage(), e);
        }
        server = jetty;
        port = connector;
        webApp = context;
        CompletableFuture<Void> ready = new CompletableFuture<>();
        started = ready;
        Thread.ofPlatform().name("admin-console-start").daemon(true).start(() -> {
            try {
                jetty.start(); // the web application only: the connector is not Jetty's yet
                Optional<String> problem = VaadinStartCheck.problem(context);
                if (problem.isPresent()) {
                    // Known and explained in one line: a stack trace would only hide the reason.
                    LOG.error("The admin console could not start: {}; its port is closed", problem.get());
                    failed(jetty, connector, ready, new IllegalStateException(problem.get()));
                    return;
                }
                jetty.addConnector(connector);
                connector.start();
                ready.complete(null);
                LOG.info("Admin console listening at {} (started in {} ms)", address(connector),
                        (System.nanoTime() - begun) / 1_000_000);
            } catch (Exception e) {
                LOG.error("The admin console could not start: {}", e.getMessage(), e);
                failed(jetty, connector, ready, e);
            }
        });
    }

    /** HTTP without the server's name and version in a {@code Server} or {@code X-Powered-By} header: nothing to fingerprint. */
    private static HttpConfiguration quietHttp() {
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        return http;
    }

    /** Closes the port and forgets the console: from now on it is not running, and {@code why} tells callers why. */
    private void failed(Server jetty, ServerConnector connector, CompletableFuture<Void> ready, Exception why) {
        try {
            jetty.stop();
        } catch (Exception ignored) {
            // Already failing; the first cause is the one to report.
        }
        connector.close(); // bound before Jetty took it over, if it ever did
        synchronized (this) {
            if (server == jetty) {
                server = null;
                port = null;
                webApp = null;
            }
        }
        ready.completeExceptionally(why);
    }

    /** Waits (bounded) until the console runs; fails when it is off or could not start. */
    private void awaitStarted() {
        CompletableFuture<Void> ready;
        synchronized (this) {
            ready = started;
        }
        if (ready == null) {
            throw new IllegalStateException("The admin console is not running");
        }
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The admin console could not start: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("The admin console did not start within " + START_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the admin console was starting", e);
        }
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
                new WebInfConfiguration(), new ConsoleJars(), new ConsoleClassScan()});
        webApp.setAttribute(ApplicationContext.class.getName(), applicationContext);
        webApp.setThrowUnavailableOnStartupException(true);
        // The Vaadin servlet is registered below; Vaadin need not look for one (and trip over Jetty's
        // hidden default servlet class while doing so).
        webApp.setInitParameter(InitParameters.DISABLE_AUTOMATIC_SERVLET_REGISTRATION, "true");
        webApp.getServletHandler().setEnsureDefaultServlet(false);
        // Logback's initializer would stop the whole platform's logging when the console stops: after a
        // failed start, the log then went silent, down to the line saying that the console is not running.
        webApp.setInitParameter("logbackDisableServletContainerInitializer", "true");

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

    /** The address to open in a browser, e.g. {@code http://127.0.0.1:8081/}; waits while the console starts. */
    public URI url() {
        awaitStarted();
        return boundUrl();
    }

    /**
     * The same address without waiting: the port is bound before the console starts, and a browser that
     * connects meanwhile waits in its backlog. Fails when the console is off.
     */
    public synchronized URI boundUrl() {
        if (server == null) {
            throw new IllegalStateException("The admin console is not running");
        }
        return address(port);
    }

    private URI address(ServerConnector connector) {
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "localhost";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return URI.create("http://" + host + ":" + connector.getLocalPort() + "/");
    }

    /** How long an idle session lives, as Jetty applies it. */
    int sessionTimeoutSeconds() {
        awaitStarted();
        synchronized (this) {
            return webApp == null ? 0 : webApp.getSessionHandler().getMaxInactiveInterval();
        }
    }

    @PreDestroy
    void stop() {
        CompletableFuture<Void> ready;
        synchronized (this) {
            ready = started;
        }
        if (ready == null) {
            return;
        }
        try {
            ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS); // a start in progress ends before the stop
        } catch (Exception startFailed) {
            // Nothing runs then, or the stop below ends what does.
        }
        synchronized (this) {
            try {
                if (server != null) {
                    server.stop();
                }
            } catch (Exception e) {
                LOG.warn("The admin console did not stop cleanly: {}", e.getMessage());
            } finally {
                server = null;
                port = null;
                webApp = null;
                started = null;
            }
        }
    }
}
