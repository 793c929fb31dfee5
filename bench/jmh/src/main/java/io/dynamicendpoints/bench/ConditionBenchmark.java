package io.dynamicendpoints.bench;

import io.dynamicendpoints.domain.condition.Operator;
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

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

/**
 * {@code Operator.test} over rendered operands, for the shapes conditions take: Example 1's
 * {@code is_not_empty}, text, numbers and dates compared with {@code equal}/{@code greater}, and a
 * text search. Comparisons read each operand as number, date or text, so text operands pay for the
 * attempts that fail.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ConditionBenchmark {

    private final ZoneId zone = ZoneOffset.UTC;
    private Instant now;
    // Fields rather than constants, so that the JIT cannot fold the operands.
    private String email = "john@example.com";
    private String tier = "gold";
    private String amount = "10000";
    private String threshold = "9999";
    private String isoDate = "2026-05-01T10:00:00Z";
    private String plainDate = "2026-04-30";

    @Setup
    public void clock() {
        now = Instant.parse("2026-05-01T00:00:00Z");
    }

    @Benchmark
    public boolean isNotEmpty() {
        return Operator.IS_NOT_EMPTY.test(email, "", now, zone);
    }

    @Benchmark
    public boolean equalText() {
        return Operator.EQUAL.test(tier, "gold", now, zone);
    }

    @Benchmark
    public boolean greaterNumber() {
        return Operator.GREATER.test(amount, threshold, now, zone);
    }

    @Benchmark
    public boolean greaterDate() {
        return Operator.GREATER.test(isoDate, plainDate, now, zone);
    }

    @Benchmark
    public boolean containsText() {
        return Operator.CONTAINS.test(email, "@example.", now, zone);
    }
}
