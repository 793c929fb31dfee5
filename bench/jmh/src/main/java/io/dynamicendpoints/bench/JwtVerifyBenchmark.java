package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.JwtOutcome;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code JwtVerification.verify} with a valid HS256 token, as scenario (b) sends it, next to the bare
 * HMAC-SHA256 of the same signing input: the difference is parsing and rule checking.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class JwtVerifyBenchmark {

    private static final String KEY = "bench-endpoint-key";
    private static final String SECRET = "3f1b2c4d5e6f708192a3b4c5d6e7f8091a2b3c4d5e6f708192a3b4c5d6e7f809";

    private final JwtVerification verification = new JwtVerification();
    private final JwtRequirement requirement = new JwtRequirement(true, KEY, new EndpointSecret(SECRET));
    private IncomingRequest request;
    private Instant now;
    private byte[] signingInput;
    private SecretKeySpec hmacKey;

    @Setup
    public void sign() throws GeneralSecurityException {
        now = Instant.now();
        Base64.Encoder base64 = Base64.getUrlEncoder().withoutPadding();
        String header = base64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = base64.encodeToString(("{\"iss\":\"" + KEY + "\",\"exp\":" + (now.getEpochSecond() + 3600) + "}")
                .getBytes(StandardCharsets.UTF_8));
        signingInput = (header + "." + claims).getBytes(StandardCharsets.US_ASCII);
        hmacKey = new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
        String token = header + "." + claims + "." + base64.encodeToString(hmac());
        request = new IncomingRequest("POST", "0".repeat(32), "0".repeat(32), Map.of(),
                Map.of("authorization", List.of("Bearer " + token), "content-type", List.of("application/json")),
                "{\"case_ref\": \"C-1\"}".getBytes(StandardCharsets.UTF_8));
        JwtOutcome outcome = verify();
        if (!(outcome instanceof JwtOutcome.Verified)) {
            throw new IllegalStateException("the benchmark token does not verify: " + outcome);
        }
    }

    @Benchmark
    public JwtOutcome verify() {
        return verification.verify(request, requirement, KEY, SECRET, now);
    }

    /** The floor: one HMAC-SHA256 over the token's signing input with a new Mac, as a verifier needs. */
    @Benchmark
    public byte[] hmacOnly() throws GeneralSecurityException {
        return hmac();
    }

    private byte[] hmac() throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(hmacKey);
        return mac.doFinal(signingInput);
    }
}
