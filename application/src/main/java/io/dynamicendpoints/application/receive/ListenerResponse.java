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

    /** A reply that is an error the caller should see as such ({@code {"error": code, "message": ...}}). */
    record ErrorResponse(int status, String error, String message, Map<String, String> headers)
            implements ListenerResponse {
    }
}
