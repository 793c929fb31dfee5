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
 * @param secretHeaders    headers masked besides those that always are ({@link #ALWAYS_MASKED})
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
        int queueCapacity,
        long maxQueuedBytes,
        int batchSize,
        Duration linger,
        Duration sparseLinger,
        Duration retention,
        int pruneBatchSize) {

    /** Credentials in any request: never stored in clear. */
    public static final Set<String> ALWAYS_MASKED = Set.of("authorization", "proxy-authorization", "token", "cookie",
            "set-cookie");
    private static final boolean[] MASKED_LENGTHS = maskedLengths();

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
        secretHeaders = secretHeaders == null ? Set.of() : secretHeaders.stream()
                .map(name -> name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** What the platform runs with unless configured otherwise. */
    public static RequestLogSettings defaults() {
        return new RequestLogSettings(32 * 1024, Set.of(), 50_000, 64L * 1024 * 1024, 500, Duration.ofMillis(20),
                Duration.ofMillis(20), Duration.ofDays(30), 5_000);
    }

    /**
     * Whether a header is masked in the log, whatever the case of its name. Runs for every header of
     * every logged request: a name whose length no always-masked name has is answered without
     * touching its text, which is most of them.
     */
    public boolean masks(String headerName) {
        int length = headerName.length();
        if (secretHeaders.isEmpty() && (length >= MASKED_LENGTHS.length || !MASKED_LENGTHS[length])) {
            return false;
        }
        String lower = headerName.toLowerCase(Locale.ROOT);
        return ALWAYS_MASKED.contains(lower) || secretHeaders.contains(lower);
    }

    private static boolean[] maskedLengths() {
        boolean[] lengths = new boolean[ALWAYS_MASKED.stream().mapToInt(String::length).max().orElse(0) + 1];
        ALWAYS_MASKED.forEach(name -> lengths[name.length()] = true);
        return lengths;
    }
}
