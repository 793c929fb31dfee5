package io.dynamicendpoints.domain.requestlog;

import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class RequestIdTest {

    private final SecureRandom random = new SecureRandom();

    @Test
    void isAVersionSevenUuidCarryingItsMillisecond() {
        Instant at = Instant.parse("2026-03-01T10:00:00.123Z");

        UUID id = RequestId.generate(at, random).value();

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(at.toEpochMilli());
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        RequestId earlier = RequestId.generate(Instant.parse("2026-03-01T10:00:00Z"), random);
        RequestId later = RequestId.generate(Instant.parse("2026-03-01T10:00:00.001Z"), random);

        assertThat(earlier).isLessThan(later);
    }

    @Test
    void smallestAtSeparatesEarlierMillisecondsFromLaterOnes() {
        Instant at = Instant.parse("2026-03-01T10:00:00.500Z");

        for (int i = 0; i < 1_000; i++) {
            assertThat(RequestId.generate(at.minusMillis(1), random)).isLessThan(RequestId.smallestAt(at));
            assertThat(RequestId.generate(at, random)).isGreaterThanOrEqualTo(RequestId.smallestAt(at));
            assertThat(RequestId.generate(at.plusNanos(999_999), random)).isGreaterThanOrEqualTo(RequestId.smallestAt(at));
        }
    }

    @Test
    void comparesAsUnsignedBytesLikeTheDatabases() {
        RequestId low = new RequestId(new UUID(0x0000_0000_0000_7000L, 0x8000_0000_0000_0000L));
        RequestId high = new RequestId(new UUID(0x8000_0000_0000_7000L, 0x8000_0000_0000_0000L));

        assertThat(low).isLessThan(high); // UUID.compareTo, signed, would say the opposite
    }

    @Test
    void neverRepeatsWithinOneMillisecond() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        List<RequestId> ids = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            ids.add(RequestId.generate(at, random));
        }

        assertThat(new HashSet<>(ids)).hasSize(10_000);
    }

    @Test
    void parsesItsOwnTextAndNothingElse() {
        RequestId id = RequestId.generate(Instant.now(), random);

        assertThat(RequestId.parse(id.toString())).contains(id);
        assertThat(RequestId.parse("nonsense")).isEmpty();
        assertThat(RequestId.parse(null)).isEmpty();
        assertThat(RequestId.parse("0190c6d2-0000-7000-8000-00000000000g")).isEmpty();
    }
}
