package io.dynamicendpoints.application.receive;

/**
 * Whether a compact JWT is written in strict base64url (RFC 7515 §2): each dot-separated segment only
 * of the URL alphabet, without {@code =} padding, and in the one encoding of its bytes (the unused
 * bits of the last character are zero). Decoders forgive padding, {@code +}, {@code /} and stray bits,
 * so without this check many spellings of one token would pass for it. One pass, no allocation: it
 * runs on every request to a protected endpoint.
 */
final class CompactSegments {

    private static final int NOT_BASE64URL = -1;
    private static final int[] VALUES = new int[128];

    static {
        java.util.Arrays.fill(VALUES, NOT_BASE64URL);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        for (int i = 0; i < alphabet.length(); i++) {
            VALUES[alphabet.charAt(i)] = i;
        }
    }

    private CompactSegments() {
    }

    static boolean areStrictBase64Url(String token) {
        int start = 0;
        for (int i = 0; i <= token.length(); i++) {
            if (i == token.length() || token.charAt(i) == '.') {
                if (!isCanonical(token, start, i)) {
                    return false;
                }
                start = i + 1;
            } else if (value(token.charAt(i)) == NOT_BASE64URL) {
                return false;
            }
        }
        return true;
    }

    /** An empty segment passes: what it means (an unsigned token, say) is for the parser to refuse. */
    private static boolean isCanonical(String token, int from, int to) {
        int length = to - from;
        if (length == 0) {
            return true;
        }
        int last = value(token.charAt(to - 1));
        return switch (length % 4) {
            case 1 -> false; // six bits cannot end a byte
            case 2 -> (last & 0x0F) == 0; // one byte: four bits unused
            case 3 -> (last & 0x03) == 0; // two bytes: two bits unused
            default -> true;
        };
    }

    private static int value(char c) {
        return c < VALUES.length ? VALUES[c] : NOT_BASE64URL;
    }
}
