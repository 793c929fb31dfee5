package io.dynamicendpoints.domain.run;

/**
 * One executed step in a run's trace: which step, of what kind, whether it succeeded, how long it took,
 * and what went wrong (or, for a condition, which branch it took).
 */
public record TraceEntry(String stepId, String kind, Outcome outcome, long durationMicros, String detail) {

    /** How a step ended. */
    public enum Outcome {
        SUCCEEDED,
        FAILED
    }
}
