package io.dynamicendpoints.domain.workflow;

import java.util.Map;
import java.util.TreeMap;

/**
 * A workflow definition that breaks a rule. {@link #violations()} maps each offending field (a JSON
 * path such as {@code listener.return_type} or {@code steps[0].yes[1].entity}) to a sentence, so an
 * editor can point at every problem at once.
 */
public final class InvalidWorkflowException extends RuntimeException {

    private final Map<String, String> violations;

    public InvalidWorkflowException(Map<String, String> violations) {
        super("Invalid workflow definition: " + violations);
        this.violations = Map.copyOf(new TreeMap<>(violations));
    }

    public static InvalidWorkflowException of(String field, String message) {
        return new InvalidWorkflowException(Map.of(field, message));
    }

    public Map<String, String> violations() {
        return violations;
    }
}
