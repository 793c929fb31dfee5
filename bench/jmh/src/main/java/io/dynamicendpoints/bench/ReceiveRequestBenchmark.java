package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.receive.CorsCheck;
import io.dynamicendpoints.application.receive.IncomingRequest;
import io.dynamicendpoints.application.receive.JwtVerification;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.PublishedEndpoints;
import io.dynamicendpoints.application.receive.ReceiveRequest;
import io.dynamicendpoints.application.receive.ReplyContentType;
import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.listener.ReturnType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;

/**
 * The listener's use case without HTTP: find the endpoint in memory, extract a 1 KB JSON body, render
 * the typical {@code return_data} and detect its content type — everything a {@code data} request costs
 * between Netty and Netty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class ReceiveRequestBenchmark {

    private final ReceiveRequest receiveRequest;
    private final IncomingRequest request = Requests.post("application/json", Requests.JSON_1KB);

    public ReceiveRequestBenchmark() {
        InMemoryWorkflows workflows = new InMemoryWorkflows();
        workflows.add(aDraft(aListener(ReturnType.DATA, TemplateRenderBenchmark.TYPICAL)).publish());
        JacksonJson json = new JacksonJson();
        PublishedEndpoints endpoints = new PublishedEndpoints(workflows, new TemplateEngine());
        endpoints.refresh();
        receiveRequest = new ReceiveRequest(endpoints, new RequestExtraction(json), new ReplyContentType(json),
                new JwtVerification(), new CorsCheck(), Clock.systemUTC(),
                // A data reply without steps never reaches the engine or the background runs.
                null, null, Runnable::run, null, io.dynamicendpoints.application.receive.RunSettings.defaults(),
                io.dynamicendpoints.application.receive.RequestRecorder.NONE);
    }

    @Benchmark
    public ListenerResponse typicalDataReply() {
        return receiveRequest.receive(request);
    }
}
