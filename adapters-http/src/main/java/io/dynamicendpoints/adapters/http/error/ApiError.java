package io.dynamicendpoints.adapters.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.Map;

/** The body of every error answer: a machine code, one human sentence, and optional per-field details. */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String message, @Nullable Map<String, String> details) {

    public static ApiError of(String error, String message) {
        return new ApiError(error, message, null);
    }
}
