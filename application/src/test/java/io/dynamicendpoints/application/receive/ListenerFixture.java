package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.BackgroundRuns;
import io.dynamicendpoints.application.engine.CreateRecordHandler;
import io.dynamicendpoints.application.engine.EndpointResponseHandler;
import io.dynamicendpoints.application.engine.FindRecordHandler;
import io.dynamicendpoints.application.engine.HttpRequestHandler;
import io.dynamicendpoints.application.engine.SseEventHandler;
import io.dynamicendpoints.application.engine.StepHandlers;
import io.dynamicendpoints.application.engine.StepTemplates;
import io.dynamicendpoints.application.engine.StoreValueHandler;
import io.dynamicendpoints.application.engine.UpdateRecordHandler;
import io.dynamicendpoints.application.engine.VirtualConditionHandler;
import io.dynamicendpoints.application.engine.WorkflowEngine;
import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.VirtualRecords;
import io.dynamicendpoints.application.port.WorkflowRuns;
import io.dynamicendpoints.application.template.TemplateEngine;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * Builds the listener use case for tests: of its checks and fixed replies, whose workflows have no
 * steps, and of runs whose steps reach a record store or partner systems the test fakes (null when unused).
 */
public final class ListenerFixture {

    private ListenerFixture() {
    }

    static ReceiveRequest receiveRequest(PublishedEndpoints endpoints, Json json, Clock clock) {
        return receiveRequest(endpoints, new RequestExtraction(json), json, clock);
    }

    static ReceiveRequest receiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, Json json,
                                         Clock clock) {
        return receiveRequest(endpoints, extraction, json, clock, RequestRecorder.NONE);
    }

    public static ReceiveRequest receiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, Json json,
                                                Clock clock, RequestRecorder recorder) {
        return receiveRequest(endpoints, extraction, json, clock, null, null, null, recorder);
    }

    static ReceiveRequest receiveRequest(PublishedEndpoints endpoints, RequestExtraction extraction, Json json,
                                         Clock clock, VirtualRecords records, OutboundHttp http, WorkflowRuns runs,
                                         RequestRecorder recorder) {
        WorkflowEngine engine = engine(json, clock, records, http);
        var executor = Executors.newVirtualThreadPerTaskExecutor();
        return new ReceiveRequest(endpoints, extraction, new ReplyContentType(json),
                new JwtVerification(), new CorsCheck(), clock, engine,
                new BackgroundRuns(runs, null, engine, executor, "test-node", clock), executor,
                Executors.newSingleThreadScheduledExecutor(), RunSettings.defaults(), recorder);
    }

    /** The workflow engine with every step handler, over the given record store and partner systems. */
    static WorkflowEngine engine(Json json, Clock clock, VirtualRecords records, OutboundHttp http) {
        StepTemplates templates = new StepTemplates(new TemplateEngine());
        return new WorkflowEngine(new StepHandlers(List.of(
                new VirtualConditionHandler(templates, clock, ZoneOffset.UTC),
                new EndpointResponseHandler(templates),
                new StoreValueHandler(templates),
                new CreateRecordHandler(records, templates),
                new UpdateRecordHandler(records, templates),
                new FindRecordHandler(records, templates),
                new HttpRequestHandler(http, templates, json),
                new SseEventHandler(templates))));
    }
}
