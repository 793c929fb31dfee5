package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.ListenerExchange;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aPublishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

class RequestJournalTest {

    private static final Workflow WORKFLOW = aPublishedWorkflow().stored(new WorkflowId(1), 1);

    private static ListenerExchange exchange(int bodyBytes) {
        return new ListenerExchange(WORKFLOW, new IncomingRequest("POST", FIRST_HASH, SECOND_HASH, Map.of(), Map.of(),
                new byte[bodyBytes]), new DataResponse("", null), Instant.EPOCH, 1, false);
    }

    @Test
    void handsOverWhatWasRecordedInOrder() throws InterruptedException {
        RequestJournal journal = new RequestJournal(10, 1_000_000);
        ListenerExchange first = exchange(1);
        ListenerExchange second = exchange(2);

        journal.record(first);
        journal.record(second);

        assertThat(journal.queued()).isEqualTo(2);
        assertThat(journal.take(10, Duration.ZERO)).containsExactly(first, second);
        assertThat(journal.queued()).isZero();
    }

    @Test
    void takesAtMostOneBatch() throws InterruptedException {
        RequestJournal journal = new RequestJournal(10, 1_000_000);
        for (int i = 0; i < 5; i++) {
            journal.record(exchange(0));
        }

        assertThat(journal.take(3, Duration.ZERO)).hasSize(3);
        assertThat(journal.takeNow(3)).hasSize(2);
        assertThat(journal.takeNow(3)).isEmpty();
    }

    @Test
    void waitsForAFirstExchangeNoLongerThanAsked() throws InterruptedException {
        RequestJournal journal = new RequestJournal(10, 1_000_000);

        long started = System.nanoTime();
        assertThat(journal.take(10, Duration.ofMillis(50))).isEmpty();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(40));
    }

    @Test
    void dropsAndCountsWhatDoesNotFitInsteadOfBlocking() {
        RequestJournal journal = new RequestJournal(3, 1_000_000);

        for (int i = 0; i < 5; i++) {
            journal.record(exchange(0));
        }

        assertThat(journal.queued()).isEqualTo(3);
        assertThat(journal.dropped()).isEqualTo(2);
    }

    @Test
    void dropsWhatWouldExceedTheByteBudgetAndFreesItWhenTaken() throws InterruptedException {
        RequestJournal journal = new RequestJournal(100, 30_000);

        journal.record(exchange(20_000));
        journal.record(exchange(20_000));
        assertThat(journal.dropped()).isEqualTo(1);

        journal.take(10, Duration.ZERO);
        journal.record(exchange(20_000));
        assertThat(journal.queued()).isEqualTo(1);
        assertThat(journal.dropped()).isEqualTo(1);
    }

    @Test
    void losesNothingUnderConcurrentRecordingWhileTaking() throws Exception {
        RequestJournal journal = new RequestJournal(64, 100_000_000);
        int threads = 4;
        int perThread = 5_000;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch done = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            pool.submit(() -> {
                for (int i = 0; i < perThread; i++) {
                    journal.record(exchange(10));
                }
                done.countDown();
            });
        }
        AtomicInteger taken = new AtomicInteger();
        while (done.getCount() > 0 || journal.queued() > 0) {
            taken.addAndGet(journal.take(32, Duration.ofMillis(1)).size());
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(5, TimeUnit.SECONDS)).isTrue();

        assertThat(taken.get() + journal.dropped()).isEqualTo((long) threads * perThread);
        assertThat(List.of(journal.queued())).containsExactly(0);
    }
}
