package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.RenderedReply;
import io.dynamicendpoints.application.engine.ReplySink;
import io.dynamicendpoints.application.engine.StepFailure;

import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;

/**
 * The caller of a {@code continue} endpoint, waiting for the run: the first endpoint response wins;
 * a step failing before any reply answers 502; later replies are ignored (and logged).
 */
final class ContinueReply implements ReplySink {

    private static final Logger LOG = Logger.getLogger(ContinueReply.class.getName());

    private final Replies replies;
    private final CompletableFuture<ListenerResponse> answer = new CompletableFuture<>();

    ContinueReply(Replies replies) {
        this.replies = replies;
    }

    CompletableFuture<ListenerResponse> answer() {
        return answer;
    }

    @Override
    public void reply(RenderedReply reply) {
        if (!answer.complete(replies.of(reply))) {
            LOG.fine("A later endpoint response was ignored: the caller already has its reply");
        }
    }

    @Override
    public void event(String event, String data) {
        // A continue endpoint has no stream; events have nowhere to go.
    }

    @Override
    public void failed(String stepId, StepFailure reason) {
        answer.complete(Replies.workflowFailed(stepId, reason));
    }

    /** The run ended: a caller still waiting gets 200 with an empty body. */
    void runEnded() {
        answer.complete(new ListenerResponse.EmptyResponse());
    }
}
