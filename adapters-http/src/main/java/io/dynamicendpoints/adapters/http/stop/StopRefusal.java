package io.dynamicendpoints.adapters.http.stop;

import java.util.Map;

/**
 * What a request that arrives while the server stops is answered: 503 with {@code Retry-After} (another
 * node, or this one restarted, will take it) and {@code Connection: close}, so that the caller's next
 * attempt opens a new connection, which a load balancer sends to a node that is up. Health checks are
 * still answered: readiness says DOWN, which is what the orchestrator asks for.
 */
public final class StopRefusal {

    public static final int STATUS = 503;
    public static final String ERROR = "stopping";
    public static final String MESSAGE = "The server is stopping; retry the request";
    /** Seconds a caller should wait: a restart of the platform takes a few. */
    public static final String RETRY_AFTER_SECONDS = "2";
    public static final Map<String, String> HEADERS = Map.of("Retry-After", RETRY_AFTER_SECONDS, "Connection", "close");

    private static final String HEALTH = "/health";

    private StopRefusal() {
    }

    /** Whether a request for {@code uri} is refused during the stop: all but {@code /health} and its probes. */
    public static boolean refuses(String uri) {
        if (!uri.startsWith(HEALTH)) {
            return true;
        }
        return uri.length() > HEALTH.length() && "/?#".indexOf(uri.charAt(HEALTH.length())) < 0;
    }
}
