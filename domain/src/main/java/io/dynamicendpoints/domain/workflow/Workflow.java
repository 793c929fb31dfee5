package io.dynamicendpoints.domain.workflow;

import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.Step;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A virtual workflow: its endpoint listener and the step tree that runs for each accepted request.
 * A draft may be incomplete; a published workflow must be able to run, so {@link #publish()} refuses
 * a definition with {@link #runProblems()}.
 *
 * @param id          empty until the workflow is stored
 * @param revision    increases with every stored change, so caches can tell versions apart
 */
public record Workflow(
        Optional<WorkflowId> id,
        long revision,
        String name,
        String description,
        RunMode runMode,
        boolean published,
        EndpointListener listener,
        List<Step> steps) {

    public static final int MAX_NAME_LENGTH = 200;

    public Workflow {
        Objects.requireNonNull(id, "id");
        Map<String, String> violations = new LinkedHashMap<>();
        if (name == null || name.isBlank()) {
            violations.put("name", "A workflow needs a name");
        } else if (name.length() > MAX_NAME_LENGTH) {
            violations.put("name", "At most " + MAX_NAME_LENGTH + " characters");
        }
        description = description == null ? "" : description;
        runMode = runMode == null ? RunMode.ASYNC : runMode;
        Objects.requireNonNull(listener, "listener");
        steps = steps == null ? List.of() : List.copyOf(steps);
        duplicateStepId(steps).ifPresent(duplicate ->
                violations.put("steps", "Step id '" + duplicate + "' is used more than once"));
        if (!violations.isEmpty()) {
            throw new InvalidWorkflowException(violations);
        }
        if (published) {
            Map<String, String> problems = runProblems(runMode, listener);
            if (!problems.isEmpty()) {
                throw new InvalidWorkflowException(problems);
            }
        }
    }

    /** A new, unpublished workflow. */
    public static Workflow draft(String name, String description, RunMode runMode, EndpointListener listener,
                                 List<Step> steps) {
        return new Workflow(Optional.empty(), 0, name, description, runMode, false, listener, steps);
    }

    /** What stops this definition from running; empty when it can be published. */
    public Map<String, String> runProblems() {
        return runProblems(runMode, listener);
    }

    private static Map<String, String> runProblems(RunMode runMode, EndpointListener listener) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (listener.returnType() == ReturnType.SSE && runMode != RunMode.SYNC) {
            problems.put("run_mode", "An sse endpoint streams to a caller who waits, so it needs run_mode sync");
        }
        if (listener.jwt().enabled() && (listener.jwt().endpointKey().isBlank() || listener.jwt().endpointSecret().isBlank())) {
            problems.put("listener.endpoint_secret", "Authentication is on but the key or secret is empty");
        }
        return problems;
    }

    public Workflow publish() {
        return new Workflow(id, revision, name, description, runMode, true, listener, steps);
    }

    public Workflow unpublish() {
        return new Workflow(id, revision, name, description, runMode, false, listener, steps);
    }

    public Workflow withAddress(EndpointAddress address) {
        return new Workflow(id, revision, name, description, runMode, published, listener.withAddress(address), steps);
    }

    public Workflow stored(WorkflowId storedId, long storedRevision) {
        return new Workflow(Optional.of(storedId), storedRevision, name, description, runMode, published, listener, steps);
    }

    /** The stored id; only call on a workflow that came from storage. */
    public WorkflowId requireId() {
        return id.orElseThrow(() -> new IllegalStateException("Workflow '" + name + "' is not stored yet"));
    }

    public EndpointAddress address() {
        return listener.address();
    }

    /** The first step id used twice anywhere in the tree, if any. */
    public static Optional<String> duplicateStepId(List<Step> roots) {
        Set<String> seen = new HashSet<>();
        Deque<Step> pending = new ArrayDeque<>(roots);
        while (!pending.isEmpty()) {
            Step step = pending.pop();
            if (!seen.add(step.id())) {
                return Optional.of(step.id());
            }
            pending.addAll(step.children());
        }
        return Optional.empty();
    }
}
