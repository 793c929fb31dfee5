package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.fake.ForwardingRequestLog;
import io.dynamicendpoints.application.port.RequestLogBatch;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;

import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.request;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestLogWriterTest {

    private final RequestLogPlatform platform = new RequestLogPlatform();
    private final RequestJournal journal = new RequestJournal(100, 10_000_000);
    private final Workflow workflow = platform.publish(aDataListener("ok"));

    private void receive(int requests) {
        var listener = platform.receiveRequest(journal);
        for (int i = 0; i < requests; i++) {
            listener.receive(request(workflow, "POST", Map.of("content-type", "text/plain"), "request " + i));
        }
    }

    @Test
    void storesQueuedRequestsInBatches() throws InterruptedException {
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 10, Duration.ZERO);
        receive(25);

        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(10);
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(10);
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(5);
        assertThat(writer.writeNextBatch(Duration.ZERO)).isZero();

        assertThat(platform.log.all()).hasSize(25);
        assertThat(platform.log.appends()).isEqualTo(3);
        assertThat(writer.written()).isEqualTo(25);
        assertThat(writer.failed()).isZero();
    }

    @Test
    void stopsLingeringAsSoonAsTheBatchIsFull() throws InterruptedException {
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 5, Duration.ofSeconds(10));
        receive(5);

        long started = System.nanoTime();
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(5);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void lingersSoThatRequestsArrivingMeanwhileJoinTheBatch() throws InterruptedException {
        // A long linger and a batch of four: the batch ends when the late three arrive, however slowly
        // a loaded machine schedules the thread that sends them.
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 4, Duration.ofSeconds(30));
        receive(1);
        Thread late = Thread.ofPlatform().start(() -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            receive(3);
        });

        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(4);
        late.join();
        assertThat(platform.log.appends()).isEqualTo(1);
    }

    @Test
    void turnsRequestsIntoEntriesAsItTakesThemNotOnceTheBatchIsFull() throws Exception {
        RefusingLog log = new RefusingLog("nothing is refused");
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, log, 4, Duration.ofSeconds(30));
        receive(1);
        var written = new FutureTask<>(() -> writer.writeNextBatch(Duration.ZERO));
        Thread.ofPlatform().daemon().start(written);

        // The batch waits for three more requests, but the first is in the store's batch already.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while ((log.lastBatch == null || log.lastBatch.size() < 1) && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(log.lastBatch).isNotNull();
        assertThat(log.lastBatch.size()).isEqualTo(1);
        assertThat(log.stored().all()).isEmpty();
        receive(3);

        assertThat(written.get(30, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(log.stored().all()).hasSize(4);
    }

    @Test
    void aBatchStopsTakingRequestsOnceTheirBodiesReachItsBytes() throws InterruptedException {
        // Room for several requests by count and by time, but each weighs more than the batch's bytes.
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 10,
                Duration.ofSeconds(30), Duration.ofSeconds(30), 1, RequestLogFeed.direct());
        receive(3);

        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(3); // the first take empties the queue
        receive(2);
        long started = System.nanoTime();
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(2);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).as("it did not linger").isLessThan(Duration.ofSeconds(20));
    }

    @Test
    void weighsARequestInABatchAsItsEncodedEntryRatherThanItsQueuedObjects() {
        receive(1);
        ListenerExchange small = journal.takeNow(1).getFirst();

        // A batch holds entries encoded: a small request takes a few hundred bytes there, so a batch of
        // small requests is not cut at a third of the requests its bytes have room for.
        assertThat(RequestLogWriter.batchWeight(small))
                .isEqualTo(RequestLogWriter.ENCODED_BYTES_BESIDES_BODIES + "request 0".length()
                        + RequestJournal.responseLength(small.response()))
                .isLessThan(RequestJournal.weight(small) / 3);
    }

    @Test
    void storesABatchTheStoreFindsFullWithoutWaitingOutTheLinger() throws InterruptedException {
        RefusingLog log = new RefusingLog("nothing is refused"); // its batches are full at four entries
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, log, 10, Duration.ofSeconds(30));
        receive(4);

        long started = System.nanoTime();
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(4);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(20));
        assertThat(log.stored().all()).hasSize(4);
    }

    @Test
    void keepsASparseBatchFillingPastTheLingerUntilItIsNoLongerSparse() throws Exception {
        // Sparse while it holds fewer than four entries: the late three still join it, long after the linger.
        SparseLog log = new SparseLog(4);
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, log, 100, Duration.ofMillis(50),
                Duration.ofSeconds(30), Long.MAX_VALUE, RequestLogFeed.direct());
        receive(1);
        FutureTask<Integer> batch = new FutureTask<>(() -> writer.writeNextBatch(Duration.ZERO));
        Thread.ofVirtual().start(batch);
        Thread.sleep(300);
        receive(3);

        assertThat(batch.get(20, TimeUnit.SECONDS)).isEqualTo(4);
        assertThat(log.stored().all()).hasSize(4);
    }

    @Test
    void storesASparseBatchOnceTheSparseLingerIsOver() throws InterruptedException {
        SparseLog log = new SparseLog(Integer.MAX_VALUE); // sparse whatever it holds
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, log, 100, Duration.ofMillis(50),
                Duration.ofMillis(400), Long.MAX_VALUE, RequestLogFeed.direct());
        receive(2);

        long started = System.nanoTime();
        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(2);

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(400), Duration.ofSeconds(20));
        assertThat(log.stored().all()).hasSize(2);
    }

    @Test
    void refusesASparseLingerShorterThanTheLinger() {
        assertThatThrownBy(() -> new RequestLogWriter(journal, platform.entries, platform.log, 10, Duration.ofSeconds(2),
                Duration.ofSeconds(1), Long.MAX_VALUE, RequestLogFeed.direct()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void drainStoresEverythingLeftOnShutdown() {
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 10, Duration.ZERO);
        receive(35);

        assertThat(writer.drain()).isEqualTo(35);

        assertThat(platform.log.all()).extracting(entry -> entry.body().text())
                .hasSize(35).contains("request 0", "request 34");
        assertThat(journal.queued()).isZero();
    }

    @Test
    void aPartTheStoreRefusesCostsOnlyItsOwnEntries() throws InterruptedException {
        RefusingLog refusing = new RefusingLog("request 3");
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, refusing, 10, Duration.ZERO);
        receive(6);

        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(4);

        assertThat(refusing.stored().all()).extracting(entry -> entry.body().text())
                .containsExactlyInAnyOrder("request 0", "request 1", "request 4", "request 5");
        assertThat(writer.failed()).isEqualTo(2);
        assertThat(writer.written()).isEqualTo(4);
    }

    @Test
    void aStoreThatIsDownCostsOneBatchCountedAsLost() throws InterruptedException {
        RefusingLog down = new RefusingLog("request");
        RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, down, 10, Duration.ZERO);
        receive(10);

        assertThat(writer.writeNextBatch(Duration.ZERO)).isZero();

        assertThat(writer.failed()).isEqualTo(10);
        assertThat(down.attempts).isEqualTo(3); // three of its five parts, then the writer gives up on the rest
    }

    /**
     * A store that commits batches in parts of two entries, finds a batch full at four, and refuses any
     * part holding an entry whose body contains {@code poison}.
     */
    private static final class RefusingLog extends ForwardingRequestLog {

        private final String poison;
        private int attempts;
        private volatile RequestLogBatch lastBatch;

        RefusingLog(String poison) {
            this.poison = poison;
        }

        @Override
        public void append(List<RequestLogEntry> entries) {
            attempts++;
            if (entries.stream().anyMatch(entry -> entry.body().text().contains(poison))) {
                throw new IllegalStateException("refused");
            }
            super.append(entries);
        }

        @Override
        public RequestLogBatch newBatch() {
            PairsBatch batch = new PairsBatch();
            lastBatch = batch;
            return batch;
        }

        @Override
        public void append(RequestLogBatch batch) {
            append(((PairsBatch) batch).entries);
        }

    }

    /** A store whose batches are sparse while they hold fewer than {@code dense} entries. */
    private static final class SparseLog extends ForwardingRequestLog {

        private final int dense;

        SparseLog(int dense) {
            this.dense = dense;
        }

        @Override
        public RequestLogBatch newBatch() {
            return new PairsBatch() {
                @Override
                public boolean full() {
                    return false;
                }

                @Override
                public boolean sparse() {
                    return size() < dense;
                }
            };
        }

        @Override
        public void append(RequestLogBatch batch) {
            append(((PairsBatch) batch).entries);
        }
    }

    private static class PairsBatch implements RequestLogBatch {

        private final List<RequestLogEntry> entries = new ArrayList<>();

        @Override
        public void add(RequestLogEntry entry) {
            entries.add(entry);
        }

        @Override
        public int size() {
            return entries.size();
        }

        @Override
        public boolean full() {
            return entries.size() >= 4;
        }

        @Override
        public List<PairsBatch> parts() {
            List<PairsBatch> parts = new ArrayList<>();
            for (int i = 0; i < entries.size(); i += 2) {
                PairsBatch part = new PairsBatch();
                part.entries.addAll(entries.subList(i, Math.min(i + 2, entries.size())));
                parts.add(part);
            }
            return parts;
        }
    }
}
