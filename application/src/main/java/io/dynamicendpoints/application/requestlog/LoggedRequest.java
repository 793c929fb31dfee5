package io.dynamicendpoints.application.requestlog;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.Map;
import java.util.Optional;

/**
 * A log entry as an admin reads it: the entry, and the {@code __data} snapshot rebuilt from it
 * (empty when the request never reached the workflow).
 */
public record LoggedRequest(RequestLogEntry entry, Optional<Map<String, Object>> data) {
}
