package io.dynamicendpoints.adapters.http.listener;

/**
 * The two hashes of a request line's {@code /listener/{first_hash}/{second_hash}}, read without a
 * router. Only the plain form is read here, with or without a trailing slash as Micronaut's router
 * takes it: a path with an escape ({@code %}), an empty segment or more segments is left to the router,
 * which decodes and refuses as before.
 */
record ListenerAddress(String firstHash, String secondHash) {

    private static final String PREFIX = "/listener/";

    /** The address in {@code uri} (path and optional query), or null when it is not the plain form. */
    static ListenerAddress of(String uri) {
        if (!uri.startsWith(PREFIX)) {
            return null;
        }
        int start = PREFIX.length();
        int end = uri.length();
        int slash = -1;
        for (int i = start; i < end; i++) {
            char c = uri.charAt(i);
            if (c == '?' || c == '#') {
                end = i;
                break;
            } else if (c == '%') {
                return null;
            } else if (c == '/' && slash < 0) {
                slash = i;
            }
        }
        if (end > start && uri.charAt(end - 1) == '/') {
            end--; // "/listener/a/b/" names a/b, as Micronaut's router takes it
        }
        if (slash <= start || slash >= end - 1) {
            return null; // an empty hash, or a single segment
        }
        int third = uri.indexOf('/', slash + 1);
        if (third >= 0 && third < end) {
            return null; // more segments: not a listener address
        }
        return new ListenerAddress(uri.substring(start, slash), uri.substring(slash + 1, end));
    }
}
