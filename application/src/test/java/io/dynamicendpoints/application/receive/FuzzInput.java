package io.dynamicendpoints.application.receive;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A fuzz input read as a first line and the rest, so that the committed seeds are plain text files a
 * person can read and edit (a header line, then a body) rather than a fuzzer's binary encoding.
 */
record FuzzInput(String firstLine, byte[] rest) {

    static FuzzInput of(byte[] data) {
        int newline = 0;
        while (newline < data.length && data[newline] != '\n') {
            newline++;
        }
        String first = new String(data, 0, newline, StandardCharsets.UTF_8);
        byte[] rest = newline >= data.length ? new byte[0] : Arrays.copyOfRange(data, newline + 1, data.length);
        return new FuzzInput(first, rest);
    }
}
