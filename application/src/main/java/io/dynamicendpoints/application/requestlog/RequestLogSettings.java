package io.dynamicendpoints.application.requestlog;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the request log records and keeps entries.
 *
 * @param maxBodyBytes     request and response bodies are kept up to this many bytes; longer ones are
 *                         cut, with their full length noted
 * @param secretHeaders    headers masked besides those that always are ({@link CredentialNames#HEADERS})
 * @param secretQueryParameters query parameters masked besides those that always are
 *                         ({@link CredentialNames#QUERY_PARAMETERS})
 * @param queueCapacity    requests that may wait for the writer; more are dropped (and counted)
 * @param maxQueuedBytes   body bytes that may wait for the writer; more are dropped (and counted)
 * @param batchSize        entries the writer stores in one batch
 * @param linger           how long the writer waits for a batch to fill once a request arrived
 * @param sparseLinger     how long it may wait for a batch spread over hundreds of endpoints (at least
 *                         {@code linger}; see {@link RequestLogWriter})
 * @param retention        how long entries stay, unless an endpoint says otherwise
 * @param pruneBatchSize   entries the retention job deletes per statement
 */
public record RequestLogSettings(
        int maxBodyBytes,
        Set<String> secretHeaders,
        Set<String> secretQueryParameters,
        int queueCapacity,
        long maxQueuedBytes,
        int batchSize,
        Duration linger,
        Duration sparseLinger,
        Duration retention,
        int pruneBatchSize) {

    public RequestLogSettings {
        if (maxBodyBytes < 0 || queueCapacity < 1 || maxQueuedBytes < 1 || batchSize < 1 || pruneBatchSize < 1) {
            throw new IllegalArgumentException("Request log sizes are positive (the body limit may be 0)");
        }
        if (linger == null || linger.isNegative()) {
            throw new IllegalArgumentException("The request log writer's linger is zero or more");
        }
        if (sparseLinger == null || sparseLinger.compareTo(linger) < 0) {
            throw new IllegalArgumentException("The request log writer's sparse linger is at least its linger");
        }
        if (retention == null || retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The request log retention is positive");
        }
        secretHeaders = lowerCase(secretHeaders);
        secretQueryParameters = lowerCase(secretQueryParameters);
    }

    /** What the platform runs with unless configured otherwise. */
    public static RequestLogSettings defaults() {
        return new RequestLogSettings(32 * 1024, Set.of(), Set.of(), 50_000, 64L * 1024 * 1024, 500, Duration.ofMillis(20),
                Duration.ofMillis(20), Duration.ofDays(30), 5_000);
    }

    /** Whether a header is masked in the log, whatever the case of its name. */
    public boolean masks(String headerName) {
        return CredentialNames.isHeader(headerName)
                || !secretHeaders.isEmpty() && secretHeaders.contains(headerName.toLowerCase(Locale.ROOT));
    }

    /** Whether a query parameter is masked in the log, whatever the case of its name. */
    public boolean masksQueryParameter(String name) {
        return CredentialNames.isQueryParameter(name)
                || !secretQueryParameters.isEmpty() && secretQueryParameters.contains(name.toLowerCase(Locale.ROOT));
    }

    private static Set<String> lowerCase(Set<String> names) {
        return names == null ? Set.of() : names.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }
}
