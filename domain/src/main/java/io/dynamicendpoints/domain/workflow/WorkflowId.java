package io.dynamicendpoints.domain.workflow;

/** Identity of a stored workflow. */
public record WorkflowId(long value) {

    public WorkflowId {
        if (value <= 0) {
            throw new IllegalArgumentException("A workflow id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
