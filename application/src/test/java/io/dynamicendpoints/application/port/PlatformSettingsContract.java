package io.dynamicendpoints.application.port;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link PlatformSettings} promises, run against the in-memory fake and each JDBC
 * adapter. The values are secrets every node must share, so racing first calls must agree.
 */
public abstract class PlatformSettingsContract {

    private PlatformSettings settings;

    /** The implementation under test, holding no setting; called before every test. */
    protected abstract PlatformSettings emptySettings();

    @BeforeEach
    void startEmpty() {
        settings = emptySettings();
    }

    @Test
    void getOrCreateStoresTheInitialValue() {
        assertThat(settings.getOrCreate("api.token-signing-secret", () -> "first")).isEqualTo("first");
    }

    @Test
    void getOrCreateKeepsTheFirstValue() {
        settings.getOrCreate("api.token-signing-secret", () -> "first");

        assertThat(settings.getOrCreate("api.token-signing-secret", () -> "second")).isEqualTo("first");
    }

    @Test
    void getOrCreateAsksForNoInitialValueOnceOneIsStored() {
        settings.getOrCreate("api.token-signing-secret", () -> "first");
        AtomicInteger asked = new AtomicInteger();

        settings.getOrCreate("api.token-signing-secret", () -> "second-" + asked.incrementAndGet());

        assertThat(asked).hasValue(0);
    }

    @Test
    void settingsAreKeptApartByName() {
        settings.getOrCreate("one", () -> "1");
        settings.getOrCreate("two", () -> "2");

        assertThat(settings.getOrCreate("one", () -> "x")).isEqualTo("1");
        assertThat(settings.getOrCreate("two", () -> "x")).isEqualTo("2");
    }

    @Test
    void longValuesSurviveARoundTrip() {
        String secret = "f".repeat(64) + "0123456789".repeat(50);

        settings.getOrCreate("long", () -> secret);

        assertThat(settings.getOrCreate("long", () -> "x")).isEqualTo(secret);
    }

    @Test
    void racingFirstCallsAgreeOnOneValue() throws Exception {
        int racers = 6;
        List<Callable<String>> tasks = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            String candidate = "candidate-" + i;
            tasks.add(() -> settings.getOrCreate("api.token-signing-secret", () -> candidate));
        }

        Set<String> seen = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (Future<String> result : pool.invokeAll(tasks)) {
                seen.add(result.get());
            }
        }

        assertThat(seen).hasSize(1);
        assertThat(settings.getOrCreate("api.token-signing-secret", () -> "late")).isEqualTo(seen.iterator().next());
    }
}
