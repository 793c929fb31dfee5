package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.receive.PublishedEndpoint;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code PublishedEndpoints.find}: the listener's first step on every request. It must stay O(1)
 * whatever the number of published endpoints (issue 8, scenario g), so the index size is a parameter;
 * requests cycle through all endpoints so that the caches see a realistic spread.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EndpointLookupBenchmark {

    @Param({"1", "1000", "100000"})
    int endpoints;

    private PublishedEndpoints index;
    private String[] firstHashes;
    private String[] secondHashes;
    private String[] unknownFirstHashes;
    private int next;

    @Setup(Level.Trial)
    public void publish() {
        SplittableRandom random = new SplittableRandom(42);
        List<EndpointAddress> addresses = new ArrayList<>();
        for (int i = 0; i < endpoints; i++) {
            addresses.add(EndpointAddress.generate(random));
        }
        index = new PublishedEndpoints(new FixedWorkflows(ScenarioWorkflows.dataReplies(addresses)), new TemplateEngine());
        index.refresh();
        if (index.size() != endpoints) {
            throw new IllegalStateException("indexed " + index.size() + " of " + endpoints);
        }
        int probes = Math.min(endpoints, 4096);
        firstHashes = new String[probes];
        secondHashes = new String[probes];
        unknownFirstHashes = new String[probes];
        for (int i = 0; i < probes; i++) {
            EndpointAddress address = addresses.get(random.nextInt(endpoints));
            // Copies, as the router hands the controller new strings parsed from the request line.
            firstHashes[i] = new String(address.firstHash().toCharArray());
            secondHashes[i] = new String(address.secondHash().toCharArray());
            unknownFirstHashes[i] = EndpointAddress.generate(random).firstHash();
        }
    }

    @Benchmark
    public Optional<PublishedEndpoint> findKnown() {
        int i = next++ & Integer.MAX_VALUE;
        return index.find(firstHashes[i % firstHashes.length], secondHashes[i % secondHashes.length]);
    }

    @Benchmark
    public Optional<PublishedEndpoint> findUnknown() {
        int i = next++ & Integer.MAX_VALUE;
        return index.find(unknownFirstHashes[i % unknownFirstHashes.length], secondHashes[i % secondHashes.length]);
    }
}
