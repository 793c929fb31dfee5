package io.dynamicendpoints.adapters.http.requestlog;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Map;

/** A page of the request log: {@code {"items": [...], "next_cursor": "..." or null}}. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record RequestLogPageResponse(List<Map<String, Object>> items, @JsonProperty("next_cursor") @Nullable String nextCursor) {
}
