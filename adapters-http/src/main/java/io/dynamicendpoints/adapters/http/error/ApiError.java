package io.dynamicendpoints.adapters.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/**
 * The body of every error answer: a machine code, an optional finer reason (a rejected JWT says why),
 * the failing step of a workflow, one human sentence, and optional per-field details.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, @Nullable String reason, @Nullable String step, String message,
                       @Nullable Map<String, String> details) {

    public ApiError(String error, String message, @Nullable Map<String, String> details) {
        this(error, null, null, message, details);
    }

    public static ApiError of(String error, String message) {
        return new ApiError(error, null, null, message, null);
    }
}
