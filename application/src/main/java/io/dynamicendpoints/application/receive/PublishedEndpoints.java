package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.WorkflowChange;
import io.dynamicendpoints.application.port.Workflows;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The in-memory index of published endpoints that the listener reads on every request, so that the
 * hot path never queries the database. Use cases refresh it after each change they make; a poller
 * calls {@link #refreshIfChanged()} so that changes made by another process sharing the database
 * arrive within about a second.
 *
 * <p>The index is an immutable map swapped as a whole: readers never lock. It is keyed by the first
 * hash only; the second is compared in constant time so a guesser learns nothing from timing.
 *
 * <p>Where the database announces changes (PostgreSQL), {@link #apply(List)} reloads just the
 * workflows named, so that another node's change is served within milliseconds even with a large index.
 */
public final class PublishedEndpoints {

    private static final Logger LOG = Logger.getLogger(PublishedEndpoints.class.getName());

    private final Workflows workflows;
    private final TemplateEngine templates;
    private volatile Map<String, PublishedEndpoint> byFirstHash = Map.of();
    private volatile long seenChangeCount = Long.MIN_VALUE;

    public PublishedEndpoints(Workflows workflows, TemplateEngine templates) {
        this.workflows = workflows;
        this.templates = templates;
    }

    public Optional<PublishedEndpoint> find(String firstHash, String secondHash) {
        if (firstHash == null) {
            return Optional.empty();
        }
        PublishedEndpoint endpoint = byFirstHash.get(firstHash);
        if (endpoint == null || !endpoint.workflow().address().hasSecondHash(secondHash)) {
            return Optional.empty();
        }
        return Optional.of(endpoint);
    }

    public int size() {
        return byFirstHash.size();
    }

    /** Reloads the index when any process changed a workflow since the last load. */
    public void refreshIfChanged() {
        if (workflows.changeCount() != seenChangeCount) {
            refresh();
        }
    }

    /**
     * Reloads only the workflows that the given changes name, one burst at a time: the cost is one read
     * per workflow plus one copy of the index, not a full load. When the changes' counts close the gap
     * to the last count this index has seen, the next {@link #refreshIfChanged()} has nothing to do;
     * when one is missing (a change not announced, or announced to no one), the poll still reloads all.
     */
    public synchronized void apply(List<WorkflowChange> changes) {
        if (changes.isEmpty()) {
            return;
        }
        Set<WorkflowId> changed = new HashSet<>();
        long seenWithoutGap = seenChangeCount;
        boolean gap = false;
        for (WorkflowChange change : changes.stream()
                .sorted(Comparator.comparingLong(WorkflowChange::changeCount)).toList()) {
            changed.add(change.workflow());
            if (seenChangeCount == Long.MIN_VALUE || change.changeCount() > seenWithoutGap + 1) {
                gap = true;
            } else {
                seenWithoutGap = Math.max(seenWithoutGap, change.changeCount());
            }
        }
        Map<String, PublishedEndpoint> previous = byFirstHash;
        Map<String, PublishedEndpoint> next = new HashMap<>(previous);
        // A changed workflow may have moved to a new address (regenerate-url) or left: drop it wherever it was.
        next.values().removeIf(endpoint -> endpoint.workflow().id().filter(changed::contains).isPresent());
        for (WorkflowId id : changed) {
            // Read after the change committed, so this is at least as new as the change announced.
            workflows.find(id).filter(Workflow::published).ifPresent(workflow -> {
                PublishedEndpoint known = previous.get(workflow.address().firstHash());
                if (known != null && known.workflow().equals(workflow)) {
                    next.put(workflow.address().firstHash(), known);
                } else {
                    compileInto(next, workflow);
                }
            });
        }
        byFirstHash = Map.copyOf(next);
        if (!gap) {
            seenChangeCount = seenWithoutGap;
        }
    }

    /** Reloads the index from storage now. */
    public synchronized void refresh() {
        // Read the counter first: a change landing during the load is then picked up by the next poll.
        long changeCount = workflows.changeCount();
        Map<String, PublishedEndpoint> previous = byFirstHash;
        Map<String, PublishedEndpoint> next = new HashMap<>();
        for (Workflow workflow : workflows.published()) {
            PublishedEndpoint known = previous.get(workflow.address().firstHash());
            if (known != null && known.workflow().equals(workflow)) {
                next.put(workflow.address().firstHash(), known); // same revision: keep its parsed templates
                continue;
            }
            compileInto(next, workflow);
        }
        byFirstHash = Map.copyOf(next);
        seenChangeCount = changeCount;
    }

    private void compileInto(Map<String, PublishedEndpoint> index, Workflow workflow) {
        try {
            index.put(workflow.address().firstHash(), PublishedEndpoint.compile(workflow, templates));
        } catch (TemplateException e) {
            // Saved definitions are checked, so this only happens with data written by other means.
            LOG.log(Level.WARNING, "Workflow " + workflow.id().map(Object::toString).orElse("?")
                    + " is published but one of its templates does not parse; it is not served: " + e.getMessage());
        }
    }
}
