package io.dynamicendpoints.application.engine;

/**
 * Where a run's output goes while it runs: the waiting caller of a {@code continue} endpoint, the
 * event stream of an {@code sse} endpoint, or nowhere (a background run). Calls come from the run's
 * thread; implementations decide what a second reply means (for {@code continue}, the first wins).
 */
public interface ReplySink {

    /** An endpoint response step fired. */
    void reply(RenderedReply reply);

    /** An {@code sse_event} step fired. */
    void event(String event, String data);

    /**
     * A step failed while the caller may still be waiting. Only its class is passed: whatever reaches
     * the caller must not carry the failure's detail (URLs, credentials, driver messages).
     */
    void failed(String stepId, StepFailure reason);

    /** A sink for runs nobody waits for. */
    ReplySink NONE = new ReplySink() {
        @Override
        public void reply(RenderedReply reply) {
        }

        @Override
        public void event(String event, String data) {
        }

        @Override
        public void failed(String stepId, StepFailure reason) {
        }
    };
}
