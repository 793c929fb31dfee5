package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.eclipse.jetty.client.BytesRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.InputStreamResponseListener;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The {@link OutboundHttp} port over Jetty's HTTP client. Every call has a connect and a total timeout,
 * never follows redirects (a redirect could lead past the address check), keeps no cookies (they would
 * leak from one workflow's call into another's), reads at most a bounded body, and is refused when the
 * host resolves to an {@linkplain InternalAddresses internal} address that the configuration does not
 * allow. Each failure names its {@link CallFailure}, which is all the workflow's caller learns; the
 * messages, which name hosts, addresses and URLs, are for the run's trace.
 * <p>
 * Jetty rather than the JDK's client because the connection must go to exactly the address that was
 * checked: Jetty asks its {@link CheckedAddressResolver} for the addresses to connect to and keeps the
 * URL's host name for the Host header, SNI and certificate verification, whereas the JDK client resolves
 * the host again on its own and can only be pinned by putting the IP into the URL, which breaks https.
 */
@Singleton
final class JettyOutboundHttp implements OutboundHttp {

    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "transfer-encoding", "upgrade");

    private final CheckedAddressResolver resolver;
    private final SslContextFactory.Client tls;
    private final Duration connectTimeout;
    private final int maxResponseBytes;
    /**
     * Started on the first call rather than with this bean: starting it loads and parses the JDK's trust
     * store, and the bean is created with the workflow engine, on the listener's first request after a
     * start. There it was 6 of that request's 10 profile samples (docs/performance.md, "A third AMD
     * host"), though most endpoints never call out.
     */
    private volatile HttpClient client;

    @Inject
    JettyOutboundHttp(OutboundConfiguration configuration) {
        this(configuration, CheckedAddressResolver.HostLookup.SYSTEM, new SslContextFactory.Client());
    }

    /** @param tls trusts the JDK's certificate authorities and checks the URL's host name, unless a test says otherwise */
    JettyOutboundHttp(OutboundConfiguration configuration, CheckedAddressResolver.HostLookup lookup,
            SslContextFactory.Client tls) {
        this.resolver = new CheckedAddressResolver(configuration.allowedHosts(), lookup);
        this.tls = tls;
        this.connectTimeout = configuration.connectTimeout();
        this.maxResponseBytes = configuration.maxResponseBytes();
    }

    @Override
    public Response send(Request request) {
        URI uri = destination(request.url());
        org.eclipse.jetty.client.Request outbound = client().newRequest(uri).method(request.method())
                .timeout(request.timeout().toMillis(), TimeUnit.MILLISECONDS).followRedirects(false)
                .headers(headers -> request.headers().forEach((name, value) -> {
                    if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                        headers.put(name, value);
                    }
                }));
        if (!request.body().isEmpty() || hasBody(request.method())) {
            outbound.body(new BytesRequestContent((String) null, request.body().getBytes(StandardCharsets.UTF_8)));
        }
        InputStreamResponseListener listener = new InputStreamResponseListener();
        outbound.send(listener);
        try {
            org.eclipse.jetty.client.Response response = listener.get(request.timeout().toMillis(), TimeUnit.MILLISECONDS);
            byte[] bytes;
            try (InputStream body = listener.getInputStream()) {
                bytes = body.readNBytes(maxResponseBytes); // closing the stream early abandons the rest
            }
            return new Response(response.getStatus(), headers(response), new String(bytes, StandardCharsets.UTF_8));
        } catch (TimeoutException e) {
            outbound.abort(e);
            throw timeout(uri, request, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause(), uri, request);
        } catch (IOException e) {
            throw failure(e, uri, request);
        } catch (InterruptedException e) {
            outbound.abort(e);
            Thread.currentThread().interrupt();
            throw new OutboundCallException(CallFailure.INTERRUPTED, "The call to " + uri.getHost() + " was interrupted", e);
        }
    }

    @PreDestroy
    void close() throws Exception {
        HttpClient started = client;
        if (started != null) {
            started.stop();
        }
    }

    private HttpClient client() {
        HttpClient started = client;
        if (started == null) {
            synchronized (this) {
                started = client;
                if (started == null) {
                    started = start();
                    client = started;
                }
            }
        }
        return started;
    }

    private HttpClient start() {
        QueuedThreadPool threads = new QueuedThreadPool(16, 1);
        threads.setName("outbound-http");
        threads.setDaemon(true);
        HttpClient started = new HttpClient();
        started.setSslContextFactory(tls);
        started.setExecutor(threads);
        started.setSocketAddressResolver(resolver);
        started.setConnectTimeout(connectTimeout.toMillis());
        started.setFollowRedirects(false);
        started.setHttpCookieStore(new HttpCookieStore.Empty());
        started.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, "dynamic-endpoints"));
        started.setDefaultRequestContentType(null); // only the step's own Content-Type goes out
        started.getProtocolHandlers().clear(); // a 401 or 100 answer goes to the workflow as it is
        started.getContentDecoderFactories().clear(); // no Accept-Encoding the step did not ask for
        try {
            started.start();
        } catch (Exception e) {
            throw new IllegalStateException("The outbound HTTP client did not start", e);
        }
        return started;
    }

    private static OutboundCallException failure(Throwable failure, URI uri, Request request) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutboundCallException refused) {
                return refused;
            }
            if (cause instanceof TimeoutException || cause instanceof SocketTimeoutException) {
                return timeout(uri, request, failure);
            }
        }
        return new OutboundCallException(CallFailure.UNREACHABLE, "Calling " + uri.getHost() + " failed: "
                + (failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage()), failure);
    }

    private static OutboundCallException timeout(URI uri, Request request, Throwable cause) {
        return new OutboundCallException(CallFailure.TIMEOUT, "No answer from " + uri.getHost() + " within "
                + request.timeout().toMillis() + " ms", cause);
    }

    private static Map<String, List<String>> headers(org.eclipse.jetty.client.Response response) {
        Map<String, List<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (HttpField field : response.getHeaders()) {
            headers.computeIfAbsent(field.getName(), name -> new ArrayList<>()).add(field.getValue());
        }
        return headers;
    }

    private static URI destination(String url) {
        URI uri;
        try {
            uri = URI.create(url);
        } catch (IllegalArgumentException e) {
            throw new OutboundCallException(CallFailure.INVALID_URL, "Not a URL: " + url, e);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") || uri.getHost() == null) {
            throw new OutboundCallException(CallFailure.INVALID_URL, "Only http and https URLs can be called: " + url, null);
        }
        return uri;
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
