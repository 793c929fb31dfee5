package io.dynamicendpoints.application.receive;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.function.BiConsumer;

/**
 * Reads an {@code application/x-www-form-urlencoded} body: {@code name=value} pairs joined by
 * {@code &}, {@code +} for a space, {@code %XX} for a byte of the declared charset. Forgiving like the
 * browsers and PHP: a broken escape ({@code %zz}, a lone {@code %}) stays as it was written instead of
 * failing the request.
 */
final class UrlEncodedForm {

    private UrlEncodedForm() {
    }

    static void read(String text, Charset charset, BiConsumer<String, String> field) {
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('&', start);
            if (end < 0) {
                end = text.length();
            }
            if (end > start) {
                String pair = text.substring(start, end);
                int equals = pair.indexOf('=');
                String name = decode(equals < 0 ? pair : pair.substring(0, equals), charset);
                String value = equals < 0 ? "" : decode(pair.substring(equals + 1), charset);
                field.accept(name, value);
            }
            start = end + 1;
        }
    }

    static String decode(String encoded, Charset charset) {
        if (encoded.indexOf('%') < 0 && encoded.indexOf('+') < 0) {
            return encoded;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        StringBuilder decoded = new StringBuilder(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length()
                    && hex(encoded.charAt(i + 1)) >= 0 && hex(encoded.charAt(i + 2)) >= 0) {
                bytes.write(hex(encoded.charAt(i + 1)) * 16 + hex(encoded.charAt(i + 2)));
                i += 2;
                continue;
            }
            flush(bytes, decoded, charset);
            decoded.append(c == '+' ? ' ' : c);
        }
        flush(bytes, decoded, charset);
        return decoded.toString();
    }

    private static void flush(ByteArrayOutputStream bytes, StringBuilder decoded, Charset charset) {
        if (bytes.size() > 0) {
            decoded.append(new String(bytes.toByteArray(), charset));
            bytes.reset();
        }
    }

    private static int hex(char c) {
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
