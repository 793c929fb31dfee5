package io.dynamicendpoints.domain.listener;

import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Lower-case hexadecimal tokens drawn from a caller-supplied generator: in production a
 * {@code SecureRandom}, in tests a seeded one. Hashes, keys and secrets are all of this shape.
 */
public final class RandomHex {

    private static final HexFormat HEX = HexFormat.of();

    private RandomHex() {
    }

    public static String of(RandomGenerator random, int bytes) {
        byte[] buffer = new byte[bytes];
        random.nextBytes(buffer);
        return HEX.formatHex(buffer);
    }

    static boolean isHex(String value, int length) {
        return value != null && value.length() == length && Pattern.matches("[0-9a-f]+", value);
    }
}
