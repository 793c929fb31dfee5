package io.dynamicendpoints.domain.step;

import java.util.List;

/**
 * A node of a workflow's step tree. Actions run their {@code then} children after they succeed; a
 * virtual condition runs its {@code yes} or its {@code no} children. The set of kinds is closed: a new
 * kind is a new record here, and the compiler then points at every exhaustive switch that must learn it.
 */
public sealed interface Step permits VirtualConditionStep, EndpointResponseStep, StoreValueStep,
        CreateRecordStep, UpdateRecordStep, FindRecordStep, HttpRequestStep, SseEventStep {

    /** Unique within a workflow; names the step in traces and error replies. */
    String id();

    StepKind kind();

    /** Every child of this step, whatever branch it sits on. */
    List<Step> children();
}
