package io.dynamicendpoints.app;

import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class StartupCollectionTest {

    @Test
    void collectsOnceWhenTheServerHasStarted() throws InterruptedException {
        AtomicInteger collections = new AtomicInteger();
        CountDownLatch collected = new CountDownLatch(1);
        StartupCollection startup = new StartupCollection(Optional.empty(), () -> {
            collections.incrementAndGet();
            collected.countDown();
        });

        startup.onApplicationEvent(null);

        assertThat(collected.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(collections).hasValue(1);
    }
}
