package io.dynamicendpoints.domain.requestlog;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A request or response body as the log keeps it: the text of at most a configured number of bytes,
 * and the length of the whole body so that a reader knows what was cut. Bytes are read as UTF-8
 * (invalid sequences become U+FFFD) and NUL characters are replaced too, because PostgreSQL text
 * cannot hold them.
 *
 * @param text      the kept part, never longer than the limit it was recorded with
 * @param length    the size of the whole body in bytes
 * @param truncated whether {@code text} is only the beginning of the body
 */
public record RecordedBody(String text, long length, boolean truncated) {

    public static final RecordedBody EMPTY = new RecordedBody("", 0, false);

    private static final char REPLACEMENT = '\uFFFD';

    public RecordedBody {
        Objects.requireNonNull(text, "text");
        if (length < 0) {
            throw new IllegalArgumentException("A body length is never negative");
        }
    }

    /** The first {@code limit} bytes of {@code body} (fewer when the cut would split a character). */
    public static RecordedBody of(byte[] body, int limit) {
        if (body == null || body.length == 0) {
            return EMPTY;
        }
        if (body.length <= limit) {
            return new RecordedBody(clean(new String(body, StandardCharsets.UTF_8)), body.length, false);
        }
        int end = Math.max(limit, 0);
        // Step back over UTF-8 continuation bytes (10xxxxxx) so that no character is cut in half.
        while (end > 0 && (body[end] & 0xC0) == 0x80) {
            end--;
        }
        return new RecordedBody(clean(new String(body, 0, end, StandardCharsets.UTF_8)), body.length, true);
    }

    /** {@code body} as UTF-8 bytes, cut like {@link #of(byte[], int)}. */
    public static RecordedBody of(String body, int limit) {
        if (body == null || body.isEmpty()) {
            return EMPTY;
        }
        // Every char takes at most 3 bytes; a short text needs no encoding to know it fits.
        if ((long) body.length() * 3 <= limit) {
            return new RecordedBody(clean(body), utf8Length(body), false);
        }
        return of(body.getBytes(StandardCharsets.UTF_8), limit);
    }

    private static long utf8Length(String text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    private static String clean(String text) {
        return text.indexOf('\u0000') < 0 ? text : text.replace('\u0000', REPLACEMENT);
    }
}
