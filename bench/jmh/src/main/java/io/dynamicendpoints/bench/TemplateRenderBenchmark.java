package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.template.CompiledTemplate;
import io.dynamicendpoints.application.template.TemplateEngine;
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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code CompiledTemplate.render}: every reply and every step field. Variables are built as the
 * listener builds them ({@code __data} with the body's fields and {@code __headers}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class TemplateRenderBenchmark {

    private static final String TEN_FIELDS = """
            {"ref": "{{ __data.case_ref }}", "email": "{{ __data.customer_email }}",
             "amount": {{ __data.invoice_amount }}, "sku": "{{ __data.order.items[0].sku }}",
             "event": "{{ __data.__headers['x-event-type'] }}", "agent": "{{ __data.__headers['user-agent'] }}",
             "first": "{{ __data.customer.first_name }}", "last": "{{ __data.customer.last_name }}",
             "tier": "{{ __data.customer.tier }}", "note": "{{ __data.note }}"}""";

    private TemplateEngine engine;
    private CompiledTemplate scenarioA;
    private CompiledTemplate tenFields;
    private CompiledTemplate plainText;
    private Map<String, Object> variables;

    @Setup
    public void compile() {
        engine = new TemplateEngine();
        scenarioA = engine.compile(ScenarioWorkflows.DATA_REPLY);
        tenFields = engine.compile(TEN_FIELDS);
        plainText = engine.compile("{\"status\": \"received\"}");
        Map<String, Object> headers = new LinkedHashMap<>();
        headers.put("content-type", "application/json");
        headers.put("user-agent", "wrk");
        headers.put("x-event-type", "invoice.created");
        headers.put("host", "127.0.0.1:18080");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("case_ref", "C-1");
        data.put("customer_email", "john@example.com");
        data.put("invoice_amount", 2500);
        data.put("order", Map.of("items", List.of(Map.of("sku", "A-1", "qty", 2))));
        data.put("customer", Map.of("first_name", "John", "last_name", "Doe", "tier", "gold"));
        data.put("note", "first order");
        data.put("__headers", headers);
        variables = Map.of("__data", data);
        String rendered = scenarioA.render(variables);
        if (!rendered.equals("{\"status\": \"received\", \"ref\": \"C-1\"}")) {
            throw new IllegalStateException("unexpected rendering: " + rendered);
        }
    }

    /** Scenario (a)'s reply: one expression. */
    @Benchmark
    public String renderScenarioA() {
        return scenarioA.render(variables);
    }

    /** Ten expressions, nested paths, list index and header lookups. */
    @Benchmark
    public String renderTenFields() {
        return tenFields.render(variables);
    }

    /** A reply without expressions: never reaches Pebble. */
    @Benchmark
    public String renderPlainText() {
        return plainText.render(variables);
    }

    /** Parsing, paid once per workflow revision (and by the step-template cache on a miss). */
    @Benchmark
    public CompiledTemplate compileScenarioA() {
        return engine.compile(ScenarioWorkflows.DATA_REPLY);
    }
}
