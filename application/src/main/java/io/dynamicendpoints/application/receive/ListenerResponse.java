package io.dynamicendpoints.application.receive;

import java.util.Map;

/** The reply to a listener request, one type per way an endpoint can answer. */
public sealed interface ListenerResponse {

    /** A {@code data} reply: status 200, the content type detected from the rendered text (none when empty). */
    record DataResponse(String body, String contentType) implements ListenerResponse {
    }

    /** An {@code html} reply: status 200, {@code text/html}. */
    record HtmlResponse(String body) implements ListenerResponse {
    }

    /** A {@code redirect} reply: status 302 to the rendered location. */
    record RedirectResponse(String location) implements ListenerResponse {
    }

    /** An answer without a body, such as a CORS preflight or a plain {@code OPTIONS}: 204. */
    record NoContentResponse(Map<String, String> headers) implements ListenerResponse {
    }

    /**
     * A reply that is an error the caller should see as such ({@code {"error": code, "message": ...}});
     * {@code reason} (may be null) refines the code, as for a rejected JWT.
     */
    record ErrorResponse(int status, String error, String reason, String message, Map<String, String> headers)
            implements ListenerResponse {

        public ErrorResponse(int status, String error, String message) {
            this(status, error, null, message, Map.of());
        }
    }

    /** Another reply with extra headers, such as the CORS headers of an allowed origin. */
    record WithHeaders(ListenerResponse response, Map<String, String> headers) implements ListenerResponse {
    }
}
