package io.dynamicendpoints.adminui.requestlog;

import com.vaadin.flow.component.html.Span;

import java.util.stream.IntStream;

/**
 * A response status with its class in words as well as in colour ({@code 404 client error}), so that
 * the colour is never the only signal.
 */
final class StatusBadge extends Span {

    StatusBadge() {
        addClassNames("state-badge", "status-badge");
    }

    StatusBadge(int status) {
        this();
        show(status);
    }

    void show(int status) {
        IntStream.rangeClosed(1, 5).forEach(statusClass -> removeClassName("status-" + statusClass + "xx"));
        addClassName("status-" + status / 100 + "xx");
        setText(status + " " + meaning(status));
    }

    static String meaning(int status) {
        return switch (status / 100) {
            case 1 -> "informational";
            case 2 -> "success";
            case 3 -> "redirect";
            case 4 -> "client error";
            default -> "server error";
        };
    }
}
