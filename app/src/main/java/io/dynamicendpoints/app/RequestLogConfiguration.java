package io.dynamicendpoints.app;

import io.dynamicendpoints.application.requestlog.RequestLogSettings;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.core.convert.format.ReadableBytes;

import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * The request log ({@code dynamic-endpoints.request-log.*}): what is kept of each request, how long,
 * and how much may wait for the database before requests go unrecorded.
 *
 * @param enabled         record requests at all; off only for measuring what the log costs
 * @param retention       how long entries stay unless an endpoint sets {@code request_log_retention_days}
 * @param maxBodySize     request and response bodies are kept up to this size ({@code 32KB})
 * @param secretHeaders   headers masked besides the built-in list (docs/security.md)
 * @param secretQueryParameters query parameters masked besides the built-in list
 * @param queueCapacity   requests that may wait for the writer before new ones are dropped (and counted)
 * @param maxQueuedBytes  body bytes that may wait for the writer, for the same purpose
 * @param batchSize       entries per database batch (a batch also stops once its entries weigh half of
 *                        {@code maxQueuedBytes}: their bodies plus 256 bytes each, as they are encoded).
 *                        Above what a second brings, so that the linger, not the count, ends a batch:
 *                        at 60,000 requests a second over 1,000 endpoints, 20,000 ended a batch after a
 *                        third of a second, with 20 entries per chunk instead of 60
 * @param linger          how long the writer lets a batch fill once a request arrived. Long enough that
 *                        a batch holds many requests per endpoint even when traffic is spread over a
 *                        thousand endpoints: the log stores a chunk per endpoint and minute of each
 *                        batch, and every chunk is an insert at a random place of the per-endpoint
 *                        index (1,000 endpoints: the writer's CPU per request 11 → 6 µs from 200 ms to
 *                        1 s). Cheap because a waiting batch holds its entries encoded, in pooled
 *                        arrays; an entry shows in the log at most this much after its answer
 * @param sparseLinger    how long the writer lets a batch fill while it would make hundreds of chunks
 *                        of few entries each: traffic spread over that many endpoints. Each chunk is a
 *                        database row, and the database keeps objects of every row and index page it
 *                        changed; from 1 to 3 s at 20,000 requests a second over 1,000 endpoints, a
 *                        third as many rows, and the writer's extra CPU per request 2.5 → 1 µs. Such an entry
 *                        shows in the log at most this much after its answer. Never shorter than
 *                        {@code linger}: a shorter one counts as {@code linger}
 * @param pruneInterval   how often the retention job runs
 * @param pruneBatchSize  entries the retention job deletes per statement
 */
@ConfigurationProperties("dynamic-endpoints.request-log")
public record RequestLogConfiguration(
        @Bindable(defaultValue = "true") boolean enabled,
        @Bindable(defaultValue = "30d") Duration retention,
        @Bindable(defaultValue = "32KB") @ReadableBytes int maxBodySize,
        @Bindable(defaultValue = "") List<String> secretHeaders,
        @Bindable(defaultValue = "") List<String> secretQueryParameters,
        @Bindable(defaultValue = "50000") int queueCapacity,
        @Bindable(defaultValue = "64MB") @ReadableBytes long maxQueuedBytes,
        @Bindable(defaultValue = "100000") int batchSize,
        @Bindable(defaultValue = "1s") Duration linger,
        @Bindable(defaultValue = "3s") Duration sparseLinger,
        @Bindable(defaultValue = "1h") Duration pruneInterval,
        @Bindable(defaultValue = "5000") int pruneBatchSize) {

    RequestLogSettings settings() {
        return new RequestLogSettings(maxBodySize, secretHeaders == null ? Set.of() : Set.copyOf(secretHeaders),
                secretQueryParameters == null ? Set.of() : Set.copyOf(secretQueryParameters),
                queueCapacity, maxQueuedBytes, batchSize, linger,
                // A longer linger alone must not need a longer sparse linger too: the longer one wins.
                sparseLinger.compareTo(linger) < 0 ? linger : sparseLinger, retention, pruneBatchSize);
    }
}
