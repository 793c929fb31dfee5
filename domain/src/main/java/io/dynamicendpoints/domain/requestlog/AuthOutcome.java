package io.dynamicendpoints.domain.requestlog;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What the endpoint's gatekeeping concluded about a request, as the log shows it: {@code none} (the
 * endpoint asks for no token), {@code verified}, {@code missing} (403), {@code rejected:<reason>}
 * (401, the JWT check's reason such as {@code signature} or {@code expired}), {@code cors_forbidden}
 * (403, an origin the endpoint does not allow), {@code preflight} (a CORS preflight answered before
 * any token check) or {@code not_checked} (refused before the listener ran, e.g. a body too large).
 */
public record AuthOutcome(String value) {

    // Before the constants below: they are checked against it as they are made.
    public static final int MAX_LENGTH = 64;
    private static final Pattern SHAPE = Pattern.compile("[a-z_]+(:[a-z_]+)?");

    public static final AuthOutcome NONE = new AuthOutcome("none");
    public static final AuthOutcome VERIFIED = new AuthOutcome("verified");
    public static final AuthOutcome MISSING = new AuthOutcome("missing");
    public static final AuthOutcome CORS_FORBIDDEN = new AuthOutcome("cors_forbidden");
    public static final AuthOutcome PREFLIGHT = new AuthOutcome("preflight");
    public static final AuthOutcome NOT_CHECKED = new AuthOutcome("not_checked");

    public AuthOutcome {
        Objects.requireNonNull(value, "value");
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not an auth outcome: '" + value + "'");
        }
    }

    /** A token that failed the JWT check for {@code reason}. */
    public static AuthOutcome rejected(String reason) {
        return new AuthOutcome("rejected:" + reason);
    }
}
