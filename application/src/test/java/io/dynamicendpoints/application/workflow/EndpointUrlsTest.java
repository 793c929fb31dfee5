package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.domain.workflow.WorkflowFixtures;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class EndpointUrlsTest {

    @Test
    void joinsTheBaseUrlAndTheListenerPath() {
        EndpointUrls urls = new EndpointUrls(() -> "https://hooks.example.com/");

        assertThat(urls.of(WorkflowFixtures.anAddress())).isEqualTo("https://hooks.example.com/listener/"
                + WorkflowFixtures.FIRST_HASH + "/" + WorkflowFixtures.SECOND_HASH);
        assertThat(urls.baseUrl()).isEqualTo("https://hooks.example.com");
    }

    @Test
    void readsTheBaseUrlWhenAskedBecauseThePortIsKnownOnlyOnceTheServerListens() {
        AtomicReference<String> base = new AtomicReference<>("http://localhost:0");
        EndpointUrls urls = new EndpointUrls(base::get);

        base.set("http://localhost:8080");

        assertThat(urls.of(WorkflowFixtures.anAddress())).startsWith("http://localhost:8080/listener/");
    }
}
