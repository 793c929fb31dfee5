package io.dynamicendpoints.domain.record;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

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
    /** Id and full name of the platform user whose session the caller carried; absent without one. */
    public static final String LOGGED_IN_USER_ID = "__logged_in_user_id";
    public static final String LOGGED_IN_USER_FULL_NAME = "__logged_in_user_full_name";
    /** The keys only the platform writes: whatever a caller sends under these names is replaced or dropped. */
    public static final Set<String> RESERVED_KEYS =
            Set.of(HEADERS, RAW_BODY, LOGGED_IN_USER_ID, LOGGED_IN_USER_FULL_NAME);

    public VirtualRecord {
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    public static VirtualRecord empty() {
        return new VirtualRecord(Map.of());
    }
}
