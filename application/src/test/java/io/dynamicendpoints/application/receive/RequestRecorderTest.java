package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.domain.run.TraceEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aPublishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The listener's hook into the request log: it records every answer and never changes one. */
class RequestRecorderTest {

    private static final Workflow WORKFLOW = aPublishedWorkflow().stored(new WorkflowId(1), 1);
    private static final IncomingRequest REQUEST = new IncomingRequest("POST", FIRST_HASH, SECOND_HASH, Map.of(),
            Map.of(), new byte[0]);
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T12:00:00Z"), ZoneOffset.UTC);

    private final List<ListenerExchange> recorded = new ArrayList<>();
    private final RequestRecorder recorder = recorded::add;

    @Test
    void recordsTheAnswerWithItsArrivalTime() {
        DataResponse answer = new DataResponse("ok", "text/html");

        assertThat(recorder.recordAnswer(WORKFLOW, REQUEST, CLOCK, () -> answer)).isSameAs(answer);

        assertThat(recorded).singleElement().satisfies(exchange -> {
            assertThat(exchange.response()).isSameAs(answer);
            assertThat(exchange.request()).isSameAs(REQUEST);
            assertThat(exchange.receivedAt()).isEqualTo(CLOCK.instant());
            assertThat(exchange.durationNanos()).isNotNegative();
            assertThat(exchange.refusedBeforeListener()).isFalse();
        });
    }

    @Test
    void recordsAFailedAnswerAsServerErrorAndLetsTheFailureThrough() {
        IllegalStateException failure = new IllegalStateException("boom");

        assertThatThrownBy(() -> recorder.recordAnswer(WORKFLOW, REQUEST, CLOCK, () -> {
            throw failure;
        })).isSameAs(failure);

        assertThat(recorded).singleElement().extracting(ListenerExchange::response)
                .isInstanceOfSatisfying(ErrorResponse.class, error -> assertThat(error.status()).isEqualTo(500));
    }

    @Test
    void recordsALaterAnswerWithItsRunOnceTheRunIsSettled() {
        CompletableFuture<ListenerResponse> reply = new CompletableFuture<>();
        CompletableFuture<StartedRun> run = new CompletableFuture<>();
        DataResponse answer = new DataResponse("ok", "text/plain");
        StartedRun finished = new StartedRun("run-1", List.of(new TraceEntry("ack", "endpoint_response",
                TraceEntry.Outcome.SUCCEEDED, 12, null)));

        ListenerResponse response = recorder.recordAnswer(WORKFLOW, REQUEST, CLOCK,
                () -> new ListenerResponse.Deferred(reply, run));
        reply.complete(answer);

        assertThat(response).isInstanceOfSatisfying(ListenerResponse.Deferred.class, deferred ->
                assertThat(deferred.reply().toCompletableFuture().join()).isSameAs(answer));
        assertThat(recorded).as("the run goes on after the answer: nothing recorded yet").isEmpty();
        run.complete(finished);
        assertThat(recorded).singleElement().satisfies(exchange -> {
            assertThat(exchange.response()).isSameAs(answer);
            assertThat(exchange.run()).isEqualTo(finished);
        });
    }

    @Test
    void recordsAnEventStreamWithTheIdOfTheRunItStarts() {
        ListenerResponse.EventStream stream = new ListenerResponse.EventStream(subscriber -> {
        }, "run-7");

        recorder.recordAnswer(WORKFLOW, REQUEST, CLOCK, () -> stream);

        assertThat(recorded).singleElement().extracting(ListenerExchange::run)
                .isEqualTo(StartedRun.started("run-7"));
    }

    @Test
    void anAnswerWithoutARunRecordsNone() {
        recorder.recordAnswer(WORKFLOW, REQUEST, CLOCK, () -> new DataResponse("ok", "text/plain"));

        assertThat(recorded).singleElement().extracting(ListenerExchange::run).isNull();
    }

    @Test
    void aFailingRecorderNeverFailsTheRequest() {
        RequestRecorder broken = exchange -> {
            throw new IllegalStateException("queue exploded");
        };
        DataResponse answer = new DataResponse("ok", "text/html");

        assertThat(broken.recordAnswer(WORKFLOW, REQUEST, CLOCK, () -> answer)).isSameAs(answer);
    }
}
