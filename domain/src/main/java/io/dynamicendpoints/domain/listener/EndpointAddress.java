package io.dynamicendpoints.domain.listener;

import java.util.random.RandomGenerator;

/**
 * The two hashes that make an endpoint's URL ({@code /listener/{first_hash}/{second_hash}}). They are
 * the only thing that keeps an unauthenticated endpoint private, so they are 128-bit random values
 * and compared in constant time.
 */
public record EndpointAddress(String firstHash, String secondHash) {

    public static final int HASH_LENGTH = 32;

    public EndpointAddress {
        if (!RandomHex.isHex(firstHash, HASH_LENGTH) || !RandomHex.isHex(secondHash, HASH_LENGTH)) {
            throw new IllegalArgumentException("Endpoint hashes are " + HASH_LENGTH + " lower-case hex characters");
        }
    }

    public static EndpointAddress generate(RandomGenerator random) {
        return new EndpointAddress(RandomHex.of(random, HASH_LENGTH / 2), RandomHex.of(random, HASH_LENGTH / 2));
    }

    /** The path of the listener URL, without host. */
    public String path() {
        return "/listener/" + firstHash + "/" + secondHash;
    }

    /**
     * Compares the second hash without leaking, through timing, how much of a guess was right: every
     * character is compared, with no branch on the outcome. (The length is no secret: it is always
     * {@value #HASH_LENGTH}.) Char by char rather than {@code MessageDigest.isEqual} over two encoded
     * copies: this runs for every request, and the copies cost two arrays each time.
     */
    public boolean hasSecondHash(String candidate) {
        if (candidate == null || candidate.length() != HASH_LENGTH) {
            return false;
        }
        int difference = 0;
        for (int i = 0; i < HASH_LENGTH; i++) {
            difference |= secondHash.charAt(i) ^ candidate.charAt(i);
        }
        return difference == 0;
    }
}
