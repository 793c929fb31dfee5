package io.dynamicendpoints.adapters.http.listener;

import io.dynamicendpoints.application.receive.ListenerResponse.SseFrame;

import java.nio.charset.StandardCharsets;

/**
 * One Server-Sent Events frame on the wire (the HTML standard's {@code text/event-stream}): a comment,
 * or an {@code event:} line and one {@code data:} line per line of data, then a blank line. A frame
 * always carries a {@code data:} line, an empty one for empty data: a browser's {@code EventSource}
 * drops an event without one, and {@code done} is such an event.
 */
final class EventStreamFrame {

    private EventStreamFrame() {
    }

    static byte[] bytes(SseFrame frame) {
        StringBuilder text = new StringBuilder();
        if (frame.comment() != null) {
            text.append(": ").append(frame.comment().replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        if (frame.event() != null) {
            text.append("event: ").append(frame.event().replace('\n', ' ').replace('\r', ' ')).append('\n');
        }
        if (frame.data() != null) {
            for (String line : frame.data().split("\r\n|\r|\n", -1)) {
                text.append("data: ").append(line).append('\n');
            }
        }
        return text.append('\n').toString().getBytes(StandardCharsets.UTF_8);
    }
}
