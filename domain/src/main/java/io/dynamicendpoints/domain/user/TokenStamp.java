package io.dynamicendpoints.domain.user;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * A random mark every API access token of an account carries. It changes whenever the account's
 * password is reset (and a deleted account's name taken again gets a new one), so tokens issued before
 * the change stop working at once, on every node, without a list of revoked tokens.
 */
public record TokenStamp(String value) {

    private static final Pattern SHAPE = Pattern.compile("[0-9a-f]{32}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public TokenStamp {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("A token stamp is 32 lower-case hexadecimal digits");
        }
    }

    /** A stamp no token carries yet: 128 random bits. */
    public static TokenStamp fresh() {
        byte[] bits = new byte[16];
        RANDOM.nextBytes(bits);
        return new TokenStamp(HexFormat.of().formatHex(bits));
    }

    @Override
    public String toString() {
        return value;
    }
}
