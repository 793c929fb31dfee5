package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.request;
import static io.dynamicendpoints.application.requestlog.RequestLogPlatform.token;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDataListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAuthenticatedListener;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

class ReplayRequestTest {

    private final RequestLogPlatform platform = new RequestLogPlatform();
    private final ReplayRequest replayRequest = new ReplayRequest(platform.log, platform.workflows, platform.endpoints,
            platform::receiveRequest, platform.entries, platform.clock);

    /** Sends a request through the live listener and stores its entry, as the writer would. */
    private RequestLogEntry logged(Workflow workflow, Map<String, String> headers, String body) {
        platform.listener.receive(request(workflow, "POST", headers, body));
        RequestLogEntry entry = platform.entries.entry(platform.lastExchange(), Optional.empty());
        platform.log.append(List.of(entry));
        return entry;
    }

    @Test
    void reRunsTheRequestThroughTheCurrentWorkflowAndStoresANewEntry() {
        Workflow workflow = platform.publish(aDataListener("{\"ref\": \"{{ __data.ref }}\"}"));
        RequestLogEntry original = logged(workflow, Map.of("content-type", "application/json"), "{\"ref\": \"C-1\"}");
        Workflow moved = platform.workflows.replace(workflow.withAddress(EndpointAddress.generate(new SecureRandom())))
                .orElseThrow();
        platform.endpoints.refresh();

        LoggedRequest replay = replayRequest.replay(original.id().toString());
        RequestLogEntry replayed = replay.entry();

        assertThat(replayed.id()).isNotEqualTo(original.id());
        assertThat(replayed.replayOf()).contains(original.id());
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.responseBody().text()).isEqualTo("{\"ref\": \"C-1\"}");
        assertThat(replayed.path()).contains(moved.address().firstHash());
        assertThat(platform.log.find(replayed.id())).contains(replayed);
        assertThat(platform.exchanges).hasSize(1); // the replay did not go through the live listener's queue
    }

    @Test
    void givesAVerifiedRequestAFreshTokenCarryingItsData() {
        Workflow workflow = platform.publish(anAuthenticatedListener("k1", "s1"));
        RequestLogEntry original = logged(workflow, Map.of("content-type", "application/json",
                "authorization", "Bearer " + token("k1", "s1", Map.of("customer_id", 42))), "{}");

        LoggedRequest replay = replayRequest.replay(original.id().toString());
        RequestLogEntry replayed = replay.entry();

        assertThat(replayed.authOutcome()).isEqualTo(AuthOutcome.VERIFIED);
        assertThat(replayed.status()).isEqualTo(200);
        assertThat(replayed.headers()).containsEntry("authorization", "****");
        assertThat(replay.data().orElseThrow().get("__headers")).asInstanceOf(MAP)
                .containsEntry("__jwt_data", List.of(Map.of("customer_id", 42L)));
    }

    @Test
    void replaysARefusedRequestWithoutCredentialsSoItIsRefusedAgain() {
        Workflow workflow = platform.publish(anAuthenticatedListener("k1", "s1"));
        RequestLogEntry original = logged(workflow, Map.of("token", token("k1", "wrong", null)), "{}");

        LoggedRequest replay = replayRequest.replay(original.id().toString());
        RequestLogEntry replayed = replay.entry();

        assertThat(original.authOutcome().value()).isEqualTo("rejected:signature");
        assertThat(replayed.authOutcome()).isEqualTo(AuthOutcome.MISSING);
        assertThat(replayed.status()).isEqualTo(403);
    }

    @Test
    void refusesWhenTheWorkflowIsNoLongerPublished() {
        Workflow workflow = platform.publish(aDataListener("ok"));
        RequestLogEntry original = logged(workflow, Map.of(), "{}");
        platform.workflows.replace(workflow.unpublish());
        platform.endpoints.refresh();

        assertThatThrownBy(() -> replayRequest.replay(original.id().toString()))
                .isInstanceOfSatisfying(ReplayRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("endpoint_not_published"));
    }

    @Test
    void refusesWhenOnlyPartOfTheBodyWasKept() {
        Workflow workflow = platform.publish(aDataListener("ok"));
        RequestLogEntry original = logged(workflow, Map.of("content-type", "text/plain"), "x".repeat(500));

        assertThat(original.body()).extracting(RecordedBody::truncated).isEqualTo(true);
        assertThatThrownBy(() -> replayRequest.replay(original.id().toString()))
                .isInstanceOfSatisfying(ReplayRefusedException.class,
                        e -> assertThat(e.reason()).isEqualTo("body_truncated"));
    }

    @Test
    void refusesAnUnknownEntry() {
        assertThatThrownBy(() -> replayRequest.replay("0190c6d2-0000-7000-8000-000000000000"))
                .isInstanceOf(RequestNotFoundException.class);
    }
}
