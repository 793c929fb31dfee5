package io.dynamicendpoints.domain.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a request carried, as one tree of values (maps, lists, strings, numbers, booleans, null): the
 * {@code __data} notepad. Templates read it as {@code __data.field}; reserved keys start with two
 * underscores ({@code __headers}, {@code __raw_body}) and are written after the caller's own fields,
 * so a caller cannot spoof them.
 */
public record VirtualRecord(Map<String, Object> data) {

    /** The name templates use for the record. */
    public static final String VARIABLE = "__data";
    public static final String HEADERS = "__headers";
    public static final String RAW_BODY = "__raw_body";

    public VirtualRecord {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static VirtualRecord empty() {
        return new VirtualRecord(Map.of());
    }
}
