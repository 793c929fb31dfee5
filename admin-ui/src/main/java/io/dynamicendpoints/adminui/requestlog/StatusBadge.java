package io.dynamicendpoints.adminui.requestlog;

import com.vaadin.flow.component.html.Span;
import io.dynamicendpoints.domain.traffic.StatusClass;

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
        for (StatusClass statusClass : StatusClass.values()) {
            removeClassName("status-" + statusClass.label());
        }
        addClassName("status-" + StatusClass.of(status).label());
        setText(status + " " + meaning(status));
    }

    static String meaning(int status) {
        return switch (StatusClass.of(status)) {
            case INFORMATIONAL -> "informational";
            case SUCCESS -> "success";
            case REDIRECTION -> "redirect";
            case CLIENT_ERROR -> "client error";
            case SERVER_ERROR -> "server error";
        };
    }
}
