package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static io.dynamicendpoints.application.fake.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aPublishedDataWorkflow;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aPublishedWorkflowWithAuthentication;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.aWorkflowWithEveryStepKind;
import static io.dynamicendpoints.application.fake.WorkflowFixtures.anAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link Workflows} promises, written once and run against the in-memory fake and each
 * JDBC adapter (H2 and PostgreSQL), so the fake the use-case tests rely on behaves like the real thing.
 */
public abstract class WorkflowsContract {

    private Workflows workflows;

    /** The implementation under test, holding no workflow; called before every test. */
    protected abstract Workflows emptyWorkflows();

    @BeforeEach
    void startEmpty() {
        workflows = emptyWorkflows();
    }

    @Test
    void addAssignsIdAndFirstRevision() {
        Workflow draft = aDraft("Orders");

        Workflow stored = workflows.add(draft);

        assertThat(stored.id()).isPresent();
        assertThat(stored.revision()).isEqualTo(1);
        assertThat(stored).isEqualTo(draft.stored(stored.requireId(), 1));
    }

    @Test
    void addGivesEveryWorkflowItsOwnId() {
        Workflow first = workflows.add(aDraft("First"));
        Workflow second = workflows.add(aDraft("Second"));

        assertThat(second.requireId()).isNotEqualTo(first.requireId());
    }

    @Test
    void findReturnsTheStoredWorkflow() {
        Workflow stored = workflows.add(aPublishedDataWorkflow("{\"total\": {{ body.total }}}"));

        assertThat(workflows.find(stored.requireId())).contains(stored);
    }

    @Test
    void findReturnsEmptyForAnUnknownId() {
        assertThat(workflows.find(new WorkflowId(987_654_321L))).isEmpty();
    }

    @Test
    void secretsAndCorsRulesSurviveARoundTrip() {
        Workflow original = aPublishedWorkflowWithAuthentication();

        Workflow stored = workflows.add(original);

        Workflow found = workflows.find(stored.requireId()).orElseThrow();
        assertThat(found.listener()).isEqualTo(original.listener());
        assertThat(found.listener().jwt().endpointSecret().template()).isEqualTo("s3cr3t-0123456789abcdef0123456789abcdef");
    }

    @Test
    void wholeStepTreeSurvivesARoundTrip() {
        Workflow original = aWorkflowWithEveryStepKind();

        Workflow stored = workflows.add(original);

        Workflow found = workflows.find(stored.requireId()).orElseThrow();
        assertThat(found.steps()).isEqualTo(original.steps());
        assertThat(found).isEqualTo(original.stored(stored.requireId(), 1));
    }

    @Test
    void replaceIncrementsRevision() {
        Workflow stored = workflows.add(aDraft("Orders"));

        Workflow second = workflows.replace(stored.publish()).orElseThrow();
        Workflow third = workflows.replace(second.unpublish()).orElseThrow();

        assertThat(second.revision()).isEqualTo(2);
        assertThat(third.revision()).isEqualTo(3);
        assertThat(third.requireId()).isEqualTo(stored.requireId());
    }

    @Test
    void replaceStoresTheNewDefinitionAndAddress() {
        Workflow stored = workflows.add(aDraft("Orders"));
        Workflow changed = new Workflow(stored.id(), stored.revision(), "Orders v2", "Now with steps",
                stored.runMode(), false, stored.listener(), aWorkflowWithEveryStepKind().steps())
                .withAddress(anAddress());

        Workflow replaced = workflows.replace(changed).orElseThrow();

        assertThat(replaced).isEqualTo(changed.stored(stored.requireId(), 2));
        assertThat(workflows.find(stored.requireId())).contains(replaced);
    }

    @Test
    void replaceCountsFromTheStoredRevisionNotTheCallers() {
        Workflow stale = workflows.add(aDraft("Orders"));
        workflows.replace(stale.publish());

        Workflow replaced = workflows.replace(stale).orElseThrow();

        assertThat(replaced.revision()).isEqualTo(3);
        assertThat(replaced.published()).isFalse();
    }

    @Test
    void replaceReturnsEmptyWhenWorkflowWasRemoved() {
        Workflow stored = workflows.add(aDraft("Orders"));
        workflows.remove(stored.requireId());

        assertThat(workflows.replace(stored.publish())).isEmpty();
        assertThat(workflows.find(stored.requireId())).isEmpty();
    }

    @Test
    void replaceRefusesAWorkflowThatWasNeverStored() {
        assertThatThrownBy(() -> workflows.replace(aDraft("Never stored")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void allListsEveryWorkflowOldestFirst() {
        Workflow first = workflows.add(aDraft("First"));
        Workflow second = workflows.add(aPublishedDataWorkflow("2"));
        Workflow third = workflows.add(aDraft("Third"));
        Workflow secondReplaced = workflows.replace(second.unpublish()).orElseThrow();

        assertThat(workflows.all()).containsExactly(first, secondReplaced, third);
    }

    @Test
    void allIsEmptyWithoutWorkflows() {
        assertThat(workflows.all()).isEmpty();
        assertThat(workflows.published()).isEmpty();
    }

    @Test
    void publishedListsOnlyPublishedWorkflows() {
        workflows.add(aDraft("Draft"));
        Workflow data = workflows.add(aPublishedDataWorkflow("{}"));
        Workflow authenticated = workflows.add(aPublishedWorkflowWithAuthentication());

        assertThat(workflows.published()).containsExactlyInAnyOrder(data, authenticated);
    }

    @Test
    void publishedFollowsPublishingAndUnpublishing() {
        Workflow draft = workflows.add(aDraft("Draft"));
        Workflow live = workflows.add(aPublishedDataWorkflow("{}"));

        Workflow nowLive = workflows.replace(draft.publish()).orElseThrow();
        workflows.replace(live.unpublish());

        assertThat(workflows.published()).containsExactly(nowLive);
    }

    @Test
    void removeDeletesTheWorkflow() {
        Workflow kept = workflows.add(aDraft("Kept"));
        Workflow removed = workflows.add(aPublishedDataWorkflow("{}"));

        assertThat(workflows.remove(removed.requireId())).isTrue();

        assertThat(workflows.find(removed.requireId())).isEmpty();
        assertThat(workflows.all()).containsExactly(kept);
        assertThat(workflows.published()).isEmpty();
    }

    @Test
    void removeReturnsFalseForAnUnknownWorkflow() {
        Workflow stored = workflows.add(aDraft("Once"));
        workflows.remove(stored.requireId());

        assertThat(workflows.remove(stored.requireId())).isFalse();
    }

    @Test
    void changeCountGrowsWithEveryWrite() {
        long before = workflows.changeCount();
        Workflow stored = workflows.add(aDraft("Orders"));
        long afterAdd = workflows.changeCount();
        workflows.replace(stored.publish());
        long afterReplace = workflows.changeCount();
        workflows.remove(stored.requireId());
        long afterRemove = workflows.changeCount();

        assertThat(afterAdd).isGreaterThan(before);
        assertThat(afterReplace).isGreaterThan(afterAdd);
        assertThat(afterRemove).isGreaterThan(afterReplace);
    }

    @Test
    void changeCountStaysWhenNothingChanged() {
        Workflow gone = workflows.add(aDraft("Gone"));
        workflows.remove(gone.requireId());
        long before = workflows.changeCount();

        workflows.all();
        workflows.published();
        workflows.find(gone.requireId());
        workflows.replace(gone);
        workflows.remove(gone.requireId());

        assertThat(workflows.changeCount()).isEqualTo(before);
    }

    @Test
    void aRefusedAddLeavesNoTrace() {
        Workflow first = workflows.add(aDraft("First"));
        long before = workflows.changeCount();
        Workflow sameAddress = aDraft("Second").withAddress(first.address());

        assertThatThrownBy(() -> workflows.add(sameAddress)).isInstanceOf(RuntimeException.class);

        assertThat(workflows.all()).containsExactly(first);
        assertThat(workflows.changeCount()).isEqualTo(before);
    }

    @Test
    void aRefusedReplaceLeavesNoTrace() {
        Workflow first = workflows.add(aDraft("First"));
        Workflow second = workflows.add(aDraft("Second"));
        long before = workflows.changeCount();

        assertThatThrownBy(() -> workflows.replace(second.withAddress(first.address())))
                .isInstanceOf(RuntimeException.class);

        assertThat(workflows.find(second.requireId())).contains(second);
        assertThat(workflows.changeCount()).isEqualTo(before);
    }

    @Test
    void concurrentWritesAllGetDistinctIdsAndAreAllCounted() throws Exception {
        int writers = 4;
        int addsEach = 5;
        long before = workflows.changeCount();
        List<Callable<List<WorkflowId>>> tasks = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            tasks.add(() -> {
                List<WorkflowId> ids = new ArrayList<>();
                for (int i = 0; i < addsEach; i++) {
                    ids.add(workflows.add(aDraft("Concurrent")).requireId());
                }
                return ids;
            });
        }

        Set<WorkflowId> ids = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(writers)) {
            for (Future<List<WorkflowId>> result : pool.invokeAll(tasks)) {
                ids.addAll(result.get());
            }
        }

        assertThat(ids).hasSize(writers * addsEach);
        assertThat(workflows.all()).hasSize(writers * addsEach);
        assertThat(workflows.changeCount() - before).isEqualTo(writers * addsEach);
    }

    @Test
    void concurrentReplacesOfOneWorkflowEachGetTheirOwnRevision() throws Exception {
        Workflow stored = workflows.add(aDraft("Contended"));
        int replacers = 4;
        int replacesEach = 5;
        List<Callable<List<Long>>> tasks = new ArrayList<>();
        for (int r = 0; r < replacers; r++) {
            tasks.add(() -> {
                List<Long> revisions = new ArrayList<>();
                for (int i = 0; i < replacesEach; i++) {
                    revisions.add(workflows.replace(stored).orElseThrow().revision());
                }
                return revisions;
            });
        }

        Set<Long> revisions = new HashSet<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(replacers)) {
            for (Future<List<Long>> result : pool.invokeAll(tasks)) {
                revisions.addAll(result.get());
            }
        }

        assertThat(revisions).hasSize(replacers * replacesEach);
        assertThat(workflows.find(stored.requireId()).orElseThrow().revision()).isEqualTo(1 + replacers * replacesEach);
    }
}
