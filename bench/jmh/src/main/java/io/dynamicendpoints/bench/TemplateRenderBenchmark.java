package io.dynamicendpoints.bench;

import io.dynamicendpoints.application.receive.RequestExtraction;
import io.dynamicendpoints.application.template.CompiledTemplate;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateOutput;
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

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Rendering {@code return_data} templates over the virtual record of a 1 KB JSON webhook, with the
 * sandbox and its render budget in place: the documented acknowledgement, and a typical reply that uses
 * functions, filters, a condition and a loop. {@code compileTypical} shows what each request would pay
 * if templates were not parsed once per workflow revision.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms256m", "-Xmx256m"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class TemplateRenderBenchmark {

    static final String ACKNOWLEDGEMENT = "{\"status\": \"received\", \"ref\": \"{{ __data.case_ref }}\"}";
    static final String TYPICAL = """
            {"status": "received",
             "ref": "{{ __data.case_ref }}",
             "amount": "{{ formatCurrency(__data.invoice_amount, '€') }}",
             "customer": "{{ __data.customer.first_name ~ ' ' ~ __data.customer.last_name }}",
             "email": "{{ __data.customer_email|lower }}",
             "priority": "{% if __data.invoice_amount > 1000 %}high{% else %}normal{% endif %}",
             "skus": "{% for item in __data.order.items %}{{ item.sku }}{% if not loop.last %},{% endif %}{% endfor %}",
             "items": {{ __data.order.items|length }},
             "event": "{{ __data.__headers['x-event-type'] }}",
             "tags": {{ __data.metadata.tags|json_encode }}}""";

    private final TemplateEngine engine = new TemplateEngine();
    private final CompiledTemplate acknowledgement = engine.compile(ACKNOWLEDGEMENT, TemplateOutput.DATA);
    private final CompiledTemplate typical = engine.compile(TYPICAL, TemplateOutput.DATA);
    private final Map<String, Object> variables;

    public TemplateRenderBenchmark() {
        VirtualRecord record = new RequestExtraction(new JacksonJson())
                .extract(Requests.post("application/json", Requests.JSON_1KB));
        variables = Map.of(VirtualRecord.VARIABLE, record.data());
    }

    @Benchmark
    public String renderAcknowledgement() {
        return acknowledgement.render(variables);
    }

    @Benchmark
    public String renderTypical() {
        return typical.render(variables);
    }

    @Benchmark
    public CompiledTemplate compileTypical() {
        return engine.compile(TYPICAL, TemplateOutput.DATA);
    }
}
