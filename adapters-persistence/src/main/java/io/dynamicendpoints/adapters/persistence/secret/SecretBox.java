package io.dynamicendpoints.adapters.persistence.secret;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * Seals secrets before they are stored and opens them when read: AES-256-GCM with a random 96-bit
 * nonce, stored as {@code enc:v1:<base64(nonce | ciphertext | tag)>}. The prefix tells sealed values
 * from the clear ones stored before encryption existed, which still read (and are sealed when next
 * written, or at start by {@code WorkflowSecretSealing}); its version leaves room for another scheme.
 * GCM's tag makes a changed value fail instead of opening as garbage.
 *
 * <p>Opening tries the current key, then the previous one, so that a rotation needs no downtime:
 * values sealed with the previous key read until they are sealed again with the current one.
 */
public final class SecretBox {

    public static final String PREFIX = "enc:v1:";
    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    /** Binds a sealed value to its use, so that a ciphertext made for something else does not open here. */
    private static final byte[] ASSOCIATED_DATA = "dynamic-endpoints secret v1".getBytes(StandardCharsets.US_ASCII);

    private final SecretKey current;
    private final Optional<SecretKey> previous;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(SecretKeys keys) {
        this.current = keys.current();
        this.previous = keys.previous();
    }

    /** The value as it is to be stored; an empty value stays empty (there is nothing to hide). */
    public String seal(String clear) {
        if (clear == null || clear.isEmpty()) {
            return clear;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, current, nonce);
            byte[] sealed = cipher.doFinal(clear.getBytes(StandardCharsets.UTF_8));
            byte[] stored = new byte[NONCE_BYTES + sealed.length];
            System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
            System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
            return PREFIX + Base64.getEncoder().encodeToString(stored);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK; this one could not seal a secret", e);
        }
    }

    /**
     * The clear value of what was stored: a value without the prefix is a clear one from before and
     * is returned as it is.
     *
     * @throws UnreadableSecretException when neither key opens it (another key, or a changed value)
     */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
        } catch (IllegalArgumentException e) {
            throw new UnreadableSecretException("A stored secret is damaged: not Base64 after " + PREFIX);
        }
        if (bytes.length <= NONCE_BYTES) {
            throw new UnreadableSecretException("A stored secret is damaged: too short");
        }
        Optional<String> clear = open(bytes, current).or(() -> previous.flatMap(key -> open(bytes, key)));
        return clear.orElseThrow(() -> new UnreadableSecretException("A stored secret does not open with the"
                + " configured key" + (previous.isPresent() ? " nor the previous one" : "") + ": it was sealed with"
                + " another key (is every node given the same dynamic-endpoints.secrets.key?) or changed since"));
    }

    /** Whether a previous key is configured: a rotation is under way, and sealed values may need sealing again. */
    public boolean rotating() {
        return previous.isPresent();
    }

    /** Whether the stored value needs sealing again: clear, or sealed with the previous key. */
    public boolean needsSealing(String stored) {
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        if (!isSealed(stored)) {
            return true;
        }
        try {
            byte[] bytes = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
            return bytes.length <= NONCE_BYTES || open(bytes, current).isEmpty();
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    private static Optional<String> open(byte[] stored, SecretKey key) {
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(stored, NONCE_BYTES));
            byte[] clear = cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES);
            return Optional.of(new String(clear, StandardCharsets.UTF_8));
        } catch (AEADBadTagException e) {
            return Optional.empty(); // another key, or a changed value: GCM cannot tell which
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK; this one could not open a secret", e);
        }
    }

    private static Cipher cipher(int mode, SecretKey key, byte[] nonce) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance(TRANSFORMATION);
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(ASSOCIATED_DATA);
        return cipher;
    }
}
