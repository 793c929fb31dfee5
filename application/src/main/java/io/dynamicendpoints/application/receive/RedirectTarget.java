package io.dynamicendpoints.application.receive;

import java.util.Locale;

/**
 * Which rendered redirect targets an endpoint may send a browser to: an absolute {@code http} or
 * {@code https} URL, or a reference relative to the endpoint ({@code /thanks}, {@code done.html},
 * {@code ?step=2}). Why: the target is a template fed by callers, and a {@code javascript:},
 * {@code data:} or {@code vbscript:} target runs script in the platform's name, while a
 * protocol-relative {@code //host} (or its backslash spelling, which browsers read alike) leaves for
 * another host without saying so. A target with a control character is refused too: besides splitting
 * the response's headers (CR, LF), browsers drop tabs and newlines inside URLs, so
 * {@code java\tscript:} would still be a scheme to them.
 */
final class RedirectTarget {

    private RedirectTarget() {
    }

    /** Whether {@code location} (already stripped of surrounding white space) may be a redirect's target. */
    static boolean isAllowed(String location) {
        if (location.isEmpty() || hasControlCharacter(location)) {
            return false;
        }
        int end = pathEnd(location);
        if (location.substring(0, end).indexOf('\\') >= 0) {
            return false; // browsers read a backslash as a slash: /\host is //host
        }
        String scheme = scheme(location, end);
        if (scheme == null) {
            return !location.startsWith("//");
        }
        return (scheme.equals("http") || scheme.equals("https"))
                && location.startsWith("//", scheme.length() + 1)
                && location.length() > scheme.length() + 3
                && "/?#".indexOf(location.charAt(scheme.length() + 3)) < 0;
    }

    private static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                return true;
            }
        }
        return false;
    }

    /** Where the part before the query or fragment ends. */
    private static int pathEnd(String location) {
        for (int i = 0; i < location.length(); i++) {
            if (location.charAt(i) == '?' || location.charAt(i) == '#') {
                return i;
            }
        }
        return location.length();
    }

    /** The URL's scheme in lower case (RFC 3986: a letter, then letters, digits, + - ., then a colon), or null. */
    private static String scheme(String location, int end) {
        for (int i = 0; i < end; i++) {
            char c = location.charAt(i);
            if (c == ':') {
                return i == 0 ? null : location.substring(0, i).toLowerCase(Locale.ROOT);
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!(letter || i > 0 && (c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return null;
            }
        }
        return null;
    }
}
