package io.dynamicendpoints.domain.listener;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
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

    /** Compares the second hash without leaking, through timing, how much of a guess was right. */
    public boolean hasSecondHash(String candidate) {
        return candidate != null && MessageDigest.isEqual(
                secondHash.getBytes(StandardCharsets.US_ASCII), candidate.getBytes(StandardCharsets.US_ASCII));
    }
}
