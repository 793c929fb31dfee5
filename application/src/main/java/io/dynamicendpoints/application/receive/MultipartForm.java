package io.dynamicendpoints.application.receive;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads a {@code multipart/form-data} body (RFC 7578) from its bytes and boundary: the parts of a form
 * with uploads. Kept here rather than in the HTTP adapter so the listener's whole reading of a request
 * is one framework-free, testable piece. Only what {@code __data} needs is kept: a field's text, a
 * file's name, size and content type (never its content).
 */
final class MultipartForm {

    private static final byte[] CRLF = {'\r', '\n'};
    private static final byte[] HEADER_END = {'\r', '\n', '\r', '\n'};
    private static final byte[] HEADER_END_LF = {'\n', '\n'};

    /** One part: a text field ({@code filename} empty) or an uploaded file. */
    record Part(String name, Optional<String> filename, ContentTypeHeader contentType, byte[] content) {
    }

    private MultipartForm() {
    }

    /**
     * @throws UnreadableBodyException when the boundary is missing, the body does not follow it, or it
     *                                 has more than {@code maxParts} parts (refused when the next one begins)
     */
    static List<Part> parse(byte[] body, ContentTypeHeader contentType, int maxParts) {
        String boundary = contentType.parameter("boundary").filter(value -> !value.isEmpty())
                .orElseThrow(() -> invalid("The multipart body declares no boundary"));
        byte[] delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        int position = indexOf(body, delimiter, 0);
        if (position < 0) {
            throw invalid("The multipart body does not contain its boundary");
        }
        byte[] nextDelimiter = concat(CRLF, delimiter);
        byte[] nextDelimiterLf = concat(new byte[] {'\n'}, delimiter);
        List<Part> parts = new ArrayList<>();
        int seen = 0; // every part counts, also those without a name that are not kept
        while (true) {
            int cursor = position + delimiter.length;
            if (startsWith(body, cursor, new byte[] {'-', '-'})) {
                return parts; // the closing delimiter; what follows is the epilogue
            }
            if (seen++ >= maxParts) {
                throw new UnreadableBodyException(BodyRefusal.TOO_MANY_FIELDS,
                        "The multipart body has more than " + maxParts + " parts");
            }
            while (cursor < body.length && (body[cursor] == ' ' || body[cursor] == '\t')) {
                cursor++; // transport padding
            }
            if (startsWith(body, cursor, CRLF)) {
                cursor += 2;
            } else if (cursor < body.length && body[cursor] == '\n') {
                cursor += 1;
            } else {
                throw invalid("The multipart body ends without its closing boundary");
            }
            int headerEnd = indexOf(body, HEADER_END, cursor);
            int contentStart = headerEnd + HEADER_END.length;
            if (headerEnd < 0) {
                headerEnd = indexOf(body, HEADER_END_LF, cursor);
                contentStart = headerEnd + HEADER_END_LF.length;
            }
            if (headerEnd < 0) {
                throw invalid("A part of the multipart body has no end of headers");
            }
            int next = indexOf(body, nextDelimiter, contentStart);
            int contentEnd = next;
            if (next < 0) {
                next = indexOf(body, nextDelimiterLf, contentStart);
                contentEnd = next;
                if (next < 0) {
                    throw invalid("The multipart body ends without its closing boundary");
                }
                next += 1;
            } else {
                next += CRLF.length;
            }
            part(new String(body, cursor, headerEnd - cursor, StandardCharsets.UTF_8),
                    Arrays.copyOfRange(body, contentStart, contentEnd)).ifPresent(parts::add);
            position = next;
        }
    }

    /** The text of a field part, in its own charset, else {@code fallback}. */
    static String text(Part part, Charset fallback) {
        return new String(part.content(), part.contentType().charset(fallback));
    }

    private static Optional<Part> part(String headerBlock, byte[] content) {
        ContentTypeHeader disposition = ContentTypeHeader.NONE;
        ContentTypeHeader type = ContentTypeHeader.NONE;
        for (String line : headerBlock.split("\r?\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("content-disposition")) {
                disposition = ContentTypeHeader.parse(value);
            } else if (name.equals("content-type")) {
                type = ContentTypeHeader.parse(value);
            }
        }
        Optional<String> fieldName = disposition.parameter("name");
        if (fieldName.isEmpty()) {
            return Optional.empty(); // not a form field (RFC 7578 §4.2): nothing to name it by
        }
        return Optional.of(new Part(fieldName.get(), disposition.parameter("filename"), type, content));
    }

    private static UnreadableBodyException invalid(String message) {
        return new UnreadableBodyException(BodyRefusal.INVALID_MULTIPART, message);
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] joined = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, joined, first.length, second.length);
        return joined;
    }

    private static boolean startsWith(byte[] body, int offset, byte[] prefix) {
        if (offset + prefix.length > body.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (body[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] body, byte[] target, int from) {
        byte first = target[0];
        int last = body.length - target.length;
        for (int i = Math.max(from, 0); i <= last; i++) {
            if (body[i] == first && startsWith(body, i, target)) {
                return i;
            }
        }
        return -1;
    }
}
