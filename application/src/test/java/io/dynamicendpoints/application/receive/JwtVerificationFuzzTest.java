package io.dynamicendpoints.application.receive;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes the endpoint JWT check with arbitrary tokens against a fixed key and secret. Every token must
 * end in one of its own outcomes (never an exception), and the fast path must answer as the full Nimbus
 * path does, on the first request and on a repeat (when the header and claims caches are warm).
 */
class JwtVerificationFuzzTest {

    static final String KEY = "orders-key";
    static final String SECRET = "s3";
    private static final Instant NOW = Instant.parse("2026-11-26T00:00:00Z");
    private static final JwtRequirement REQUIRED = new JwtRequirement(true, KEY, new EndpointSecret(SECRET),
            false, Optional.of(Duration.ofHours(1)));

    private final JwtVerification verification = new JwtVerification();

    @FuzzTest(maxDuration = "10m")
    void verify(byte[] data) {
        IncomingRequest request = new IncomingRequest("POST", "a", "b", Map.of(),
                Map.of("authorization", List.of("Bearer " + new String(data, StandardCharsets.UTF_8))), null);
        JwtOutcome first = verification.verify(request, REQUIRED, KEY, SECRET, NOW);
        JwtOutcome repeated = verification.verify(request, REQUIRED, KEY, SECRET, NOW);
        Optional<String> token = JwtVerification.token(request);
        if (token.isEmpty()) {
            assertThat(first).isInstanceOf(JwtOutcome.Missing.class);
            return;
        }
        JwtOutcome full = verification.verifyWithNimbus(token.get(), REQUIRED, KEY, SECRET, NOW);
        assertThat(first).isInstanceOfAny(JwtOutcome.Verified.class, JwtOutcome.Rejected.class);
        assertThat(first).isEqualTo(full);
        assertThat(repeated).isEqualTo(full);
    }
}
