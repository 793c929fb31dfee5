package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.micronaut.core.util.SupplierUtil;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.InputStream;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The {@link OutboundHttp} port over the JDK's HTTP client. Every call has a connect and a total
 * timeout, never follows redirects (a redirect could lead past the address check), reads at most a
 * bounded body, and is refused when the host resolves to a loopback, private, link-local or other
 * internal address that the configuration does not allow. Each failure names its
 * {@link CallFailure}, which is all the workflow's caller learns; the messages, which name hosts,
 * addresses and URLs, are for the run's trace.
 */
@Singleton
final class JdkOutboundHttp implements OutboundHttp {

    private static final Set<String> RESTRICTED_HEADERS = Set.of("connection", "content-length", "expect", "host",
            "upgrade");

    private final Set<String> allowedHosts;
    private final int maxResponseBytes;
    /**
     * Built on the first call rather than with this bean: building it loads and parses the JDK's trust
     * store, and the bean is created with the workflow engine, on the listener's first request after a
     * start. There it was 6 of that request's 10 profile samples (docs/performance.md, "A third AMD
     * host"), though most endpoints never call out.
     */
    private final Supplier<HttpClient> client;

    JdkOutboundHttp(OutboundConfiguration configuration) {
        Duration connectTimeout = configuration.connectTimeout();
        this.client = SupplierUtil.memoized(() -> HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build());
        this.allowedHosts = configuration.allowedHosts().stream().map(host -> host.strip().toLowerCase(Locale.ROOT))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.maxResponseBytes = configuration.maxResponseBytes();
    }

    @Override
    public Response send(Request request) {
        URI uri = destination(request.url());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(request.timeout())
                .method(request.method(), request.body().isEmpty() && !hasBody(request.method())
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(request.body()));
        request.headers().forEach((name, value) -> {
            if (!RESTRICTED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                builder.header(name, value);
            }
        });
        try {
            HttpResponse<InputStream> response = client.get().send(builder.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                byte[] bytes = body.readNBytes(maxResponseBytes);
                return new Response(response.statusCode(), response.headers().map(),
                        new String(bytes, StandardCharsets.UTF_8));
            }
        } catch (HttpTimeoutException e) {
            throw new OutboundCallException(CallFailure.TIMEOUT, "No answer from " + uri.getHost() + " within "
                    + request.timeout().toMillis() + " ms", e);
        } catch (IOException e) {
            throw new OutboundCallException(CallFailure.UNREACHABLE, "Calling " + uri.getHost() + " failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OutboundCallException(CallFailure.INTERRUPTED, "The call to " + uri.getHost() + " was interrupted", e);
        }
    }

    private URI destination(String url) {
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
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (allowedHosts.contains(host)) {
            return uri;
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (allowedHosts.contains(address.getHostAddress()) ) {
                    continue;
                }
                if (isInternal(address)) {
                    throw new OutboundCallException(CallFailure.REFUSED_ADDRESS, "Calls to internal address "
                            + address.getHostAddress()
                            + " are refused; allow the host in dynamic-endpoints.outbound.allowed-hosts", null);
                }
            }
        } catch (UnknownHostException e) {
            throw new OutboundCallException(CallFailure.UNREACHABLE, "Unknown host " + host, e);
        }
        return uri;
    }

    private static boolean isInternal(InetAddress address) {
        if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return true;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) == 0xfc; // fc00::/7, unique local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first == 100 && second >= 64 && second <= 127 // 100.64.0.0/10, carrier-grade NAT
                || first == 169 && second == 254              // link-local, cloud metadata
                || first == 0;
    }

    private static boolean hasBody(String method) {
        return method.equals("POST") || method.equals("PUT") || method.equals("PATCH");
    }
}
