package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.engine.RenderedReply;
import io.dynamicendpoints.application.engine.StepFailure;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.Decorated;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.template.TemplateBudgetException;
import io.dynamicendpoints.application.template.TemplateException;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.record.VirtualRecord;

import java.util.Map;

/** Turns rendered texts into listener replies: the listener's fixed reply, or an endpoint response step's. */
final class Replies {

    private final ReplyContentType contentTypes;

    Replies(ReplyContentType contentTypes) {
        this.contentTypes = contentTypes;
    }

    /** The listener's own {@code data}/{@code html}/{@code redirect} reply, rendered from {@code data}. */
    ListenerResponse fixed(PublishedEndpoint endpoint, Map<String, Object> data) {
        String rendered = endpoint.reply().render(Map.of(VirtualRecord.VARIABLE, data));
        return of(endpoint.workflow().listener().returnType(), rendered);
    }

    /** An endpoint response step's reply, with the status and headers it overrides. */
    ListenerResponse of(RenderedReply reply) {
        ListenerResponse response = of(reply.returnType(), reply.body());
        if (reply.status() == null && reply.headers().isEmpty()) {
            return response;
        }
        return new Decorated(response, reply.status(), reply.headers());
    }

    /**
     * A failed step's answer to its caller: the step and the class of failure, nothing of its detail
     * (which the trace and the server log keep for admins).
     */
    static ErrorResponse workflowFailed(String stepId, StepFailure reason) {
        return new ErrorResponse(502, "workflow_failed", reason.code(), stepId,
                "Step '" + stepId + "' failed: " + reason.code(), Map.of());
    }

    /**
     * The answer when the listener's own reply template fails: the class of failure, never the
     * template's text. A template stopped by its limits says so ({@code template_budget}), so the
     * caller knows the endpoint ran away rather than broke.
     */
    static ErrorResponse templateFailed(TemplateException failure) {
        if (failure instanceof TemplateBudgetException) {
            return new ErrorResponse(500, "template_failed", StepFailure.TEMPLATE_BUDGET.code(), null,
                    "A template of this endpoint went past its limits and was stopped", Map.of());
        }
        return new ErrorResponse(500, "template_failed", "A template of this endpoint failed to render");
    }

    /** The data of an event stream's {@code error} frame: what {@link #workflowFailed} says, as JSON. */
    static String workflowFailedEvent(String stepId, StepFailure reason) {
        // Step ids are letters, digits, - and _ (the domain checks), and codes are lower-case words.
        return "{\"error\":\"workflow_failed\",\"step\":\"" + stepId + "\",\"reason\":\"" + reason.code() + "\"}";
    }

    private ListenerResponse of(ReturnType type, String rendered) {
        return switch (type) {
            case DATA -> new DataResponse(rendered.strip().isEmpty() ? "" : rendered,
                    contentTypes.detect(rendered).orElse(null));
            case HTML -> new HtmlResponse(rendered);
            case REDIRECT -> redirect(rendered.strip());
            case CONTINUE, SSE -> throw new IllegalArgumentException(type + " is not a fixed reply");
        };
    }

    private static ListenerResponse redirect(String location) {
        if (!RedirectTarget.isAllowed(location)) {
            return new ErrorResponse(500, "invalid_redirect", "The endpoint's redirect target rendered empty, with "
                    + "a control character, or as something other than an http(s) URL or a relative reference");
        }
        return new RedirectResponse(location);
    }
}
