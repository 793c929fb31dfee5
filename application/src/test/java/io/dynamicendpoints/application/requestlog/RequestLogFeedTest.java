package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.request;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static org.assertj.core.api.Assertions.assertThat;

class RequestLogFeedTest {

    private final RequestLogPlatform platform = new RequestLogPlatform();
    private final RequestJournal journal = new RequestJournal(100, 10_000_000);
    private final Workflow workflow = platform.publish(aDataListener("ok"));
    private final RequestLogFeed feed = RequestLogFeed.direct();
    private final RequestLogWriter writer = new RequestLogWriter(journal, platform.entries, platform.log, 10,
            Duration.ZERO, feed);

    private void receive(int requests) {
        var listener = platform.receiveRequest(journal);
        for (int i = 0; i < requests; i++) {
            listener.receive(request(workflow, "POST", Map.of("content-type", "text/plain"), "request " + i));
        }
    }

    @Test
    void announcesEachBatchOnceItIsStored() throws InterruptedException {
        List<List<RequestLogEntry>> seen = new ArrayList<>();
        feed.subscribe(batch -> {
            assertThat(platform.log.all()).containsAll(batch); // stored before anyone hears of it
            seen.add(batch);
        });
        receive(12);

        writer.writeNextBatch(Duration.ZERO);
        writer.writeNextBatch(Duration.ZERO);

        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).hasSize(10);
        assertThat(seen.get(1)).extracting(entry -> entry.body().text()).containsExactly("request 10", "request 11");
    }

    @Test
    void aCancelledWatcherHearsNothingMore() throws InterruptedException {
        List<RequestLogEntry> seen = new ArrayList<>();
        RequestLogFeed.Subscription subscription = feed.subscribe(seen::addAll);
        receive(1);
        writer.writeNextBatch(Duration.ZERO);

        subscription.cancel();
        receive(1);
        writer.writeNextBatch(Duration.ZERO);

        assertThat(seen).hasSize(1);
        assertThat(feed.watchers()).isZero();
    }

    @Test
    void aFailingWatcherDoesNotStopTheOthersOrTheWriter() throws InterruptedException {
        List<RequestLogEntry> seen = new ArrayList<>();
        feed.subscribe(batch -> {
            throw new IllegalStateException("broken screen");
        });
        feed.subscribe(seen::addAll);
        receive(3);

        assertThat(writer.writeNextBatch(Duration.ZERO)).isEqualTo(3);

        assertThat(seen).hasSize(3);
        assertThat(writer.failed()).isZero();
    }

    @Test
    void deliversOnItsOwnThreadInTheOrderStored() throws InterruptedException {
        try (RequestLogFeed threaded = RequestLogFeed.onOwnThread()) {
            RequestLogWriter threadedWriter = new RequestLogWriter(journal, platform.entries, platform.log, 1,
                    Duration.ZERO, threaded);
            List<String> seen = new CopyOnWriteArrayList<>();
            List<Thread> threads = new CopyOnWriteArrayList<>();
            CountDownLatch three = new CountDownLatch(3);
            threaded.subscribe(batch -> {
                threads.add(Thread.currentThread());
                batch.forEach(entry -> seen.add(entry.body().text()));
                three.countDown();
            });
            receive(3);

            for (int i = 0; i < 3; i++) {
                threadedWriter.writeNextBatch(Duration.ZERO);
            }

            assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).containsExactly("request 0", "request 1", "request 2");
            assertThat(threads).doesNotContain(Thread.currentThread());
        }
    }

    @Test
    void aReplayIsAnnouncedToo() {
        ReplayRequest replay = new ReplayRequest(platform.log, platform.workflows, platform.endpoints,
                platform::receiveRequest, platform.entries, platform.clock, feed);
        platform.listener.receive(request(workflow, "POST", Map.of("content-type", "text/plain"), "again"));
        RequestLogEntry original = platform.entries.entry(platform.lastExchange(), java.util.Optional.empty());
        platform.log.append(List.of(original));
        List<RequestLogEntry> seen = new ArrayList<>();
        feed.subscribe(seen::addAll);

        LoggedRequest replayed = replay.replay(original.id().toString());

        assertThat(seen).containsExactly(replayed.entry());
    }
}
