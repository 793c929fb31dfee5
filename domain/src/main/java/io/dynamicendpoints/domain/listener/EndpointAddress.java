package io.dynamicendpoints.domain.listener;

import java.util.random.RandomGenerator;

/**
 * The two hashes that make an endpoint's URL ({@code /listener/{first_hash}/{second_hash}}). They are
 * the only thing that keeps an unauthenticated endpoint private, so they are 128-bit random values;
 * the listener compares the second in constant time.
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
}
