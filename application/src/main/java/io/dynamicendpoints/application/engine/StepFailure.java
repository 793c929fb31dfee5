package io.dynamicendpoints.application.engine;

import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import io.dynamicendpoints.application.port.StoreUnavailableException;
import io.dynamicendpoints.application.template.TemplateBudgetException;
import io.dynamicendpoints.application.template.TemplateException;

import java.util.Locale;

/**
 * Why a step failed, as much as its caller may learn: a closed set of classes, each with a stable
 * code. The caller of an endpoint is the public; the failure's detail (a URL with its query
 * credentials, a driver's message, an exception's text) goes only to the run's trace and the server
 * log, which admins read.
 */
public enum StepFailure {

    /** An {@code http_request} got no answer: unknown host, refused or broken connection. */
    UPSTREAM_UNREACHABLE,
    /** An {@code http_request} got no answer within its timeout. */
    UPSTREAM_TIMEOUT,
    /** An {@code http_request}'s destination is an address the platform does not call. */
    UPSTREAM_REFUSED,
    /** An {@code http_request}'s URL rendered as something other than an http or https URL. */
    INVALID_URL,
    /** The platform's record store failed (database unreachable, connection lost, statement failed). */
    STORAGE_UNAVAILABLE,
    /** A template of the step failed while rendering. */
    TEMPLATE_ERROR,
    /**
     * A template of the step went past its limits (render time, loop iterations, value or output size)
     * and was stopped: it ran away rather than broke.
     */
    TEMPLATE_BUDGET,
    /** Anything else. */
    STEP_ERROR;

    /** How far down a cause chain {@link #of} looks: chains are short, and one may loop. */
    private static final int MAX_CAUSES = 16;

    /** The code callers see in {@code reason}: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The class of a failure a step threw. Looks down the cause chain, because a port's exception may
     * arrive wrapped (a template function that called out, a store behind a transaction).
     */
    public static StepFailure of(Throwable failure) {
        Throwable cause = failure;
        for (int depth = 0; cause != null && depth < MAX_CAUSES; depth++, cause = cause.getCause()) {
            switch (cause) {
                case OutboundCallException call -> {
                    return of(call);
                }
                case StoreUnavailableException store -> {
                    return STORAGE_UNAVAILABLE;
                }
                case TemplateBudgetException budget -> {
                    return TEMPLATE_BUDGET;
                }
                case TemplateException template -> {
                    return TEMPLATE_ERROR;
                }
                default -> {
                }
            }
        }
        return STEP_ERROR;
    }

    private static StepFailure of(OutboundCallException call) {
        return switch (call.failure()) {
            case UNREACHABLE -> UPSTREAM_UNREACHABLE;
            case TIMEOUT -> UPSTREAM_TIMEOUT;
            case REFUSED_ADDRESS -> UPSTREAM_REFUSED;
            case INVALID_URL -> INVALID_URL;
            case INTERRUPTED -> STEP_ERROR;
        };
    }
}
