package io.dynamicendpoints.adminui.requestlog;

import io.dynamicendpoints.domain.requestlog.RecordedBody;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the log view writes the parts of an entry. Times are UTC, like the time filters: the server
 * does not know the browser's zone, and one zone everywhere keeps grid and filters comparable.
 */
final class EntryText {

    static final int PREVIEW_LENGTH = 80;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private EntryText() {
    }

    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** The start of a body on one line, for the grid. */
    static String preview(RecordedBody body) {
        String text = body.text().strip().replaceAll("\\s+", " ");
        if (text.isEmpty()) {
            return body.length() == 0 ? "(empty)" : "(" + body.length() + " bytes)";
        }
        return text.length() > PREVIEW_LENGTH ? text.substring(0, PREVIEW_LENGTH) + "…" : text;
    }

    /** A body as kept, with a note when the log kept only its beginning. */
    static String body(RecordedBody body) {
        if (body.length() == 0) {
            return "(empty)";
        }
        return body.truncated()
                ? body.text() + "\n… (only the first " + body.text().length() + " characters of " + body.length()
                        + " bytes were kept)"
                : body.text();
    }

    static String headers(Map<String, String> headers) {
        return headers.isEmpty() ? "(none)" : headers.entrySet().stream()
                .map(header -> header.getKey() + ": " + header.getValue())
                .collect(Collectors.joining("\n"));
    }

    static String query(Map<String, List<String>> query) {
        return query.isEmpty() ? "(none)" : query.entrySet().stream()
                .flatMap(parameter -> parameter.getValue().isEmpty()
                        ? java.util.stream.Stream.of(parameter.getKey())
                        : parameter.getValue().stream().map(value -> parameter.getKey() + "=" + value))
                .collect(Collectors.joining("\n"));
    }
}
