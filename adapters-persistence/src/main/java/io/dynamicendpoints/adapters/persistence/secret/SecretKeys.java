package io.dynamicendpoints.adapters.persistence.secret;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * The key that seals secrets, and during a rotation the one it replaced, which still opens what
 * was sealed before.
 */
public record SecretKeys(SecretKey current, Optional<SecretKey> previous) {

    static final int KEY_BYTES = 32;

    public SecretKeys {
        Objects.requireNonNull(current, "current");
        previous = previous == null ? Optional.empty() : previous;
    }

    /**
     * A key from its Base64 text (256 bits).
     *
     * @param source names where the text came from, for the message when it is not a key
     */
    public static SecretKey parse(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(source + " is not Base64: expected a 256-bit key such as"
                    + " `openssl rand -base64 32` prints");
        }
        if (bytes.length != KEY_BYTES) {
            throw new IllegalArgumentException(source + " holds " + bytes.length * 8 + " bits; a secrets key has 256"
                    + " (`openssl rand -base64 32`)");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    @Override
    public String toString() {
        return "SecretKeys[****" + (previous.isPresent() ? ", previous=****" : "") + "]";
    }
}
