package io.dynamicendpoints.domain.step;

import java.util.Arrays;
import java.util.Optional;

/**
 * The stable external name (the JSON {@code type}) and schema version of every step kind. Stored
 * definitions use these names, so renaming a Java class never touches stored data.
 */
public enum StepKind {
    VIRTUAL_CONDITION("virtual_condition", 1),
    ENDPOINT_RESPONSE("endpoint_response", 1),
    STORE_VALUE("store_value", 1),
    CREATE_RECORD("create_record", 1),
    UPDATE_RECORD("update_record", 1),
    FIND_RECORD("find_record", 1),
    HTTP_REQUEST("http_request", 1),
    SSE_EVENT("sse_event", 1);

    private final String externalName;
    private final int version;

    StepKind(String externalName, int version) {
        this.externalName = externalName;
        this.version = version;
    }

    public String externalName() {
        return externalName;
    }

    public int version() {
        return version;
    }

    public static Optional<StepKind> fromExternalName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.externalName.equals(name)).findFirst();
    }
}
