package io.dynamicendpoints.domain.step;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The field rules shared by several step kinds, checked when a step record is built. */
final class StepRules {

    private static final Pattern STEP_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");
    /** An HTTP field name is a token (RFC 9110 §5.1): a name with a space or colon could never be sent. */
    private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,256}");

    private StepRules() {
    }

    static String id(String id) {
        if (id == null || !STEP_ID.matcher(id).matches()) {
            throw new InvalidStepException("id", "A step id is 1 to 64 letters, digits, '-' or '_'");
        }
        return id;
    }

    /** Names that become keys of {@code __data} or entity names: no template, no reserved prefix. */
    static String plainName(String field, String value) {
        if (value == null || !PLAIN_NAME.matcher(value).matches()) {
            throw new InvalidStepException(field,
                    "Must start with a letter and hold only letters, digits and '_' (at most 64)");
        }
        return value;
    }

    static String text(String value) {
        return value == null ? "" : value;
    }

    static List<Step> children(List<Step> children) {
        return children == null ? List.of() : List.copyOf(children);
    }

    static Map<String, String> map(Map<String, String> map) {
        return map == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** Headers a step sends or answers with: refused on save when a name could not be sent at run time. */
    static Map<String, String> headers(Map<String, String> headers) {
        Map<String, String> checked = map(headers);
        for (String name : checked.keySet()) {
            if (name == null || !HEADER_NAME.matcher(name).matches()) {
                throw new InvalidStepException("headers", "'" + name + "' is not a header name: letters, digits and "
                        + "!#$%&'*+-.^_`|~ only, no spaces or colons");
            }
        }
        return checked;
    }
}
