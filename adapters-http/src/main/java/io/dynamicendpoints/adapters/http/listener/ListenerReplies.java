package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.adapters.http.error.ApiError;
import io.dynamicendpoints.application.receive.ListenerResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.NoContentResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.WithHeaders;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** Turns the use case's reply into the HTTP answer: status, headers and body bytes. */
@Singleton
final class ListenerReplies {

    private static final String HTML = "text/html; charset=UTF-8";

    HttpResponse<?> toHttp(ListenerResponse response) {
        return switch (response) {
            case DataResponse data -> data.body().isEmpty() || data.contentType() == null
                    ? HttpResponse.ok()
                    : bytes(HttpResponse.ok(), data.body(), data.contentType());
            case HtmlResponse html -> bytes(HttpResponse.ok(), html.body(), HTML);
            case RedirectResponse redirect -> HttpResponse.status(HttpStatus.FOUND)
                    .header(HttpHeaders.LOCATION, redirect.location());
            case NoContentResponse noContent -> {
                MutableHttpResponse<?> reply = HttpResponse.noContent();
                noContent.headers().forEach(reply::header);
                yield reply;
            }
            case ErrorResponse error -> {
                MutableHttpResponse<ApiError> reply = HttpResponse.<ApiError>status(HttpStatus.valueOf(error.status()))
                        .body(new ApiError(error.error(), error.reason(), error.message(), null));
                error.headers().forEach(reply::header);
                yield reply;
            }
            case WithHeaders decorated -> {
                MutableHttpResponse<?> reply = (MutableHttpResponse<?>) toHttp(decorated.response());
                decorated.headers().forEach(reply::header);
                yield reply;
            }
        };
    }

    private static MutableHttpResponse<byte[]> bytes(MutableHttpResponse<?> response, String body, String contentType) {
        // Bytes, not a String: the content type we detected must reach the wire unchanged.
        return response.contentType(contentType).body(body.getBytes(StandardCharsets.UTF_8));
    }
}
