package io.dynamicendpoints.domain.step;

import java.util.List;

/** Emits one Server-Sent Events frame ({@code event}, default {@code message}) to a caller of an {@code sse} endpoint. */
public record SseEventStep(String id, String event, String data, List<Step> then) implements Step {

    public SseEventStep {
        id = StepRules.id(id);
        event = event == null || event.isBlank() ? "message" : event;
        if (event.contains("\n") || event.contains("\r")) {
            throw new InvalidStepException("event", "An event name is one line");
        }
        data = StepRules.text(data);
        then = StepRules.children(then);
    }

    @Override
    public StepKind kind() {
        return StepKind.SSE_EVENT;
    }

    @Override
    public List<Step> children() {
        return then;
    }
}
