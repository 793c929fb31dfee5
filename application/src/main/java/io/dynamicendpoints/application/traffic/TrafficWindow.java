package io.dynamicendpoints.application.traffic;

import java.time.Duration;

/** The spans of recent time a traffic figure covers, ending now. */
public enum TrafficWindow {
    LAST_HOUR(Duration.ofHours(1), "Last hour"),
    LAST_DAY(Duration.ofHours(24), "Last 24 hours");

    private final Duration length;
    private final String label;

    TrafficWindow(Duration length, String label) {
        this.length = length;
        this.label = label;
    }

    public Duration length() {
        return length;
    }

    public String label() {
        return label;
    }
}
