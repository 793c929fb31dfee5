package io.dynamicendpoints.application.receive;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.BiConsumer;

/**
 * Reads an {@code application/x-www-form-urlencoded} body: {@code name=value} pairs joined by
 * {@code &}, {@code +} for a space, {@code %XX} for a byte of the declared charset. Forgiving like the
 * browsers and PHP: a broken escape ({@code %zz}, a lone {@code %}) stays as it was written instead of
 * failing the request.
 *
 * <p>It works on the body's bytes, since a {@code %XX} escape stands for a byte, and decodes each name
 * and value once. A body in a charset that does not write ASCII as ASCII (UTF-16, which no browser sends
 * for a form), or that can only be decoded, is first re-encoded as UTF-8.
 */
final class UrlEncodedForm {

    private static final byte[] DELIMITERS = {'&', '=', '%', '+'};

    private UrlEncodedForm() {
    }

    /**
     * @throws UnreadableBodyException when the body holds more than {@code maxFields} fields: counted
     *                                 as they are found, so a hostile form is refused before the rest is decoded
     */
    static void read(byte[] body, Charset charset, int maxFields, BiConsumer<String, String> field) {
        // A decode-only charset (ISO-2022-CN, x-JISAutoDetect) cannot be asked how it writes the
        // delimiters: getBytes would throw (a 500 for any caller who declares one), so it is re-encoded too.
        if (!charset.canEncode()
                || !Arrays.equals(new String(DELIMITERS, StandardCharsets.US_ASCII).getBytes(charset), DELIMITERS)) {
            read(new String(body, charset).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8, maxFields, field);
            return;
        }
        int start = 0;
        int fields = 0;
        while (start < body.length) {
            int end = indexOf(body, (byte) '&', start, body.length);
            if (end > start) {
                if (++fields > maxFields) {
                    throw new UnreadableBodyException(BodyRefusal.TOO_MANY_FIELDS,
                            "The form has more than " + maxFields + " fields");
                }
                int equals = indexOf(body, (byte) '=', start, end);
                String name = decode(body, start, equals, charset);
                String value = equals == end ? "" : decode(body, equals + 1, end, charset);
                field.accept(name, value);
            }
            start = end + 1;
        }
    }

    /** The text of {@code bytes[from, to)}, with {@code +} and {@code %XX} decoded. */
    static String decode(byte[] bytes, int from, int to, Charset charset) {
        int escape = from;
        while (escape < to && bytes[escape] != '%' && bytes[escape] != '+') {
            escape++;
        }
        if (escape == to) {
            return new String(bytes, from, to - from, charset);
        }
        byte[] decoded = new byte[to - from];
        int length = escape - from;
        System.arraycopy(bytes, from, decoded, 0, length);
        for (int i = escape; i < to; i++) {
            byte b = bytes[i];
            if (b == '+') {
                decoded[length++] = ' ';
            } else if (b == '%' && i + 2 < to && hex(bytes[i + 1]) >= 0 && hex(bytes[i + 2]) >= 0) {
                decoded[length++] = (byte) (hex(bytes[i + 1]) * 16 + hex(bytes[i + 2]));
                i += 2;
            } else {
                decoded[length++] = b;
            }
        }
        return new String(decoded, 0, length, charset);
    }

    private static int indexOf(byte[] bytes, byte target, int from, int to) {
        for (int i = from; i < to; i++) {
            if (bytes[i] == target) {
                return i;
            }
        }
        return to;
    }

    private static int hex(byte c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        return -1;
    }
}
