package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.port.WorkflowChange;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anotherAddress;
import static org.assertj.core.api.Assertions.assertThat;

class PublishedEndpointsTest {

    /** The store as a second process sees it: changes land there without this index being told. */
    private final CountingWorkflows workflows = new CountingWorkflows(new InMemoryWorkflows());
    private final PublishedEndpoints endpoints = new PublishedEndpoints(workflows, new TemplateEngine());

    private static Workflow aPublishedEndpoint(EndpointAddress address, String reply) {
        return aDraft(aListener(ReturnType.DATA, reply)).withAddress(address).publish();
    }

    private Optional<PublishedEndpoint> find(EndpointAddress address) {
        return endpoints.find(address.firstHash(), address.secondHash());
    }

    @Test
    void servesNothingBeforeItsFirstLoad() {
        workflows.add(aPublishedEndpoint(anAddress(), "{}"));

        assertThat(find(anAddress())).isEmpty();
        assertThat(endpoints.size()).isZero();
    }

    @Test
    void servesEveryPublishedWorkflowWithItsParsedReply() {
        Workflow stored = workflows.add(aPublishedEndpoint(anAddress(), "Hi {{ __data.name }}"));
        workflows.add(aDraft(aListener(ReturnType.DATA, "{}")).withAddress(anotherAddress()));

        endpoints.refresh();

        assertThat(endpoints.size()).isEqualTo(1);
        assertThat(find(anAddress())).hasValueSatisfying(endpoint -> {
            assertThat(endpoint.workflow()).isEqualTo(stored);
            assertThat(endpoint.reply().render(Map.of("__data", Map.of("name", "Ada")))).isEqualTo("Hi Ada");
        });
        assertThat(find(anotherAddress())).isEmpty();
    }

    @Test
    void findsAnEndpointOnlyWithBothHashes() {
        workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        endpoints.refresh();

        assertThat(endpoints.find(anAddress().firstHash(), anotherAddress().secondHash())).isEmpty();
        assertThat(endpoints.find(anotherAddress().firstHash(), anAddress().secondHash())).isEmpty();
        assertThat(endpoints.find(null, anAddress().secondHash())).isEmpty();
        assertThat(endpoints.find(anAddress().firstHash(), null)).isEmpty();
    }

    @Test
    void picksUpAWorkflowAnotherProcessPublished() {
        endpoints.refresh();
        workflows.add(aPublishedEndpoint(anAddress(), "{}"));

        endpoints.refreshIfChanged();

        assertThat(find(anAddress())).isPresent();
    }

    @Test
    void dropsAWorkflowAnotherProcessUnpublished() {
        Workflow stored = workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        endpoints.refresh();
        workflows.replace(stored.unpublish());

        endpoints.refreshIfChanged();

        assertThat(find(anAddress())).isEmpty();
    }

    @Test
    void dropsAWorkflowAnotherProcessDeleted() {
        Workflow stored = workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        endpoints.refresh();
        workflows.remove(stored.requireId());

        endpoints.refreshIfChanged();

        assertThat(find(anAddress())).isEmpty();
    }

    @Test
    void servesTheNewReplyOfAWorkflowAnotherProcessChanged() {
        Workflow stored = workflows.add(aPublishedEndpoint(anAddress(), "old"));
        endpoints.refresh();
        workflows.replace(aPublishedEndpoint(anAddress(), "new").stored(stored.requireId(), stored.revision()));

        endpoints.refreshIfChanged();

        assertThat(find(anAddress())).map(endpoint -> endpoint.reply().render(Map.of())).contains("new");
    }

    @Test
    void doesNotReloadWhenNothingChanged() {
        workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        endpoints.refreshIfChanged();
        int loads = workflows.publishedCalls.get();

        endpoints.refreshIfChanged();
        endpoints.refreshIfChanged();

        assertThat(workflows.publishedCalls.get()).isEqualTo(loads);
        assertThat(find(anAddress())).isPresent();
    }

    @Test
    void keepsTheParsedReplyOfAnUnchangedWorkflow() {
        workflows.add(aPublishedEndpoint(anAddress(), "Hi {{ __data.name }}"));
        endpoints.refresh();
        PublishedEndpoint before = find(anAddress()).orElseThrow();

        workflows.add(aPublishedEndpoint(anotherAddress(), "{}"));
        endpoints.refreshIfChanged();

        assertThat(find(anAddress())).containsSame(before);
    }

    @Test
    void skipsAWorkflowWhoseReplyDoesNotParseButServesTheOthers() {
        workflows.add(aPublishedEndpoint(anAddress(), "{{ unclosed"));
        workflows.add(aPublishedEndpoint(anotherAddress(), "{}"));

        endpoints.refresh();

        assertThat(find(anAddress())).isEmpty();
        assertThat(find(anotherAddress())).isPresent();
    }

    @Test
    void appliesAnnouncedChangesWithoutAFullLoad() {
        Workflow moved = workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        Workflow left = workflows.add(aPublishedEndpoint(anotherAddress(), "{}"));
        endpoints.refresh();
        int loads = workflows.publishedCalls.get();
        EndpointAddress newAddress = EndpointAddress.generate(new Random(7));
        workflows.replace(moved.withAddress(newAddress));
        workflows.replace(left.unpublish());
        Workflow added = workflows.add(aPublishedEndpoint(EndpointAddress.generate(new Random(8)), "{}"));

        endpoints.apply(List.of(new WorkflowChange(moved.requireId(), 3), new WorkflowChange(left.requireId(), 4),
                new WorkflowChange(added.requireId(), 5)));

        assertThat(find(anAddress())).isEmpty();
        assertThat(find(newAddress)).isPresent();
        assertThat(find(anotherAddress())).isEmpty();
        assertThat(find(added.address())).isPresent();
        assertThat(endpoints.size()).isEqualTo(2);
        endpoints.refreshIfChanged(); // every change was announced: the poll has nothing left to do
        assertThat(workflows.publishedCalls.get()).isEqualTo(loads);
    }

    @Test
    void leavesAMissedChangeToThePoll() {
        endpoints.refresh();
        workflows.add(aPublishedEndpoint(anotherAddress(), "{}"));
        Workflow announced = workflows.add(aPublishedEndpoint(anAddress(), "{}"));

        endpoints.apply(List.of(new WorkflowChange(announced.requireId(), 2)));
        assertThat(find(anAddress())).isPresent();
        assertThat(find(anotherAddress())).isEmpty();

        endpoints.refreshIfChanged();
        assertThat(find(anotherAddress())).isPresent();
    }

    @Test
    void dropsAnAnnouncedDeletion() {
        Workflow stored = workflows.add(aPublishedEndpoint(anAddress(), "{}"));
        endpoints.refresh();
        workflows.remove(stored.requireId());

        endpoints.apply(List.of(new WorkflowChange(stored.requireId(), 2)));

        assertThat(find(anAddress())).isEmpty();
    }

    /** Counts loads of the published workflows, to tell a reload from none. */
    private static final class CountingWorkflows implements Workflows {

        private final Workflows delegate;
        private final AtomicInteger publishedCalls = new AtomicInteger();

        CountingWorkflows(Workflows delegate) {
            this.delegate = delegate;
        }

        @Override
        public Workflow add(Workflow workflow) {
            return delegate.add(workflow);
        }

        @Override
        public Optional<Workflow> replace(Workflow workflow) {
            return delegate.replace(workflow);
        }

        @Override
        public Optional<Workflow> find(WorkflowId id) {
            return delegate.find(id);
        }

        @Override
        public List<Workflow> all() {
            return delegate.all();
        }

        @Override
        public List<Workflow> published() {
            publishedCalls.incrementAndGet();
            return delegate.published();
        }

        @Override
        public boolean remove(WorkflowId id) {
            return delegate.remove(id);
        }

        @Override
        public long changeCount() {
            return delegate.changeCount();
        }
    }
}
