package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.record.VirtualRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * Turning a request into its virtual record (behaviour.md §6): a 1 KB JSON webhook, and the same order
 * as a 1 KB url-encoded form with bracket notation; eight headers and a query parameter each. JSON goes
 * through the Json port over Jackson, as the production adapter (Micronaut serde on Jackson) does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ExtractionBenchmark {

    private final RequestExtraction extraction = new RequestExtraction(new JacksonJson());
    private final IncomingRequest json = Requests.post("application/json", Requests.JSON_1KB);
    private final IncomingRequest form = Requests.post("application/x-www-form-urlencoded", Requests.FORM_1KB);

    @Benchmark
    public VirtualRecord json1kb() {
        return extraction.extract(json);
    }

    @Benchmark
    public VirtualRecord form1kb() {
        return extraction.extract(form);
    }
}
