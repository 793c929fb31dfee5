package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.domain.listener.EndpointAddress;

import java.util.Collection;
import java.util.List;

/**
 * The published endpoints by address, laid out for the listener's lookup: an open-addressing table
 * whose slots hold both hashes as numbers (each is 128 random bits in hex) next to each other.
 *
 * <p>Why not a {@code Map<String, PublishedEndpoint>}: with traffic spread over a thousand endpoints,
 * the endpoint a request names is rarely in the processor's caches, and a map of strings reaches it
 * through a chain of objects (the key, its characters, the endpoint, its workflow, its address, the
 * second hash, its characters), each load waiting for the one before. The profile of 1,000 endpoints
 * put that chain at 5 % of the event loops' time, against under 1 % for one endpoint. Here one slot
 * answers both the lookup and the check of the second hash, and only a match reads the endpoint.
 *
 * <p>Immutable: {@link PublishedEndpoints} builds a new one for every change and swaps it whole.
 */
final class EndpointIndex {

    static final EndpointIndex EMPTY = new EndpointIndex(List.of());

    /** Longs per slot: the first hash's high and low halves, then the second hash's. */
    private static final int SLOT = 4;

    private final long[] hashes;
    private final PublishedEndpoint[] endpoints;
    private final int mask;
    private final int size;

    EndpointIndex(Collection<PublishedEndpoint> published) {
        // At most half full, so that a lookup rarely reads past its first slot.
        int capacity = Integer.highestOneBit(Math.max(1, published.size()) * 4 - 1);
        this.hashes = new long[capacity * SLOT];
        this.endpoints = new PublishedEndpoint[capacity];
        this.mask = capacity - 1;
        for (PublishedEndpoint endpoint : published) {
            EndpointAddress address = endpoint.workflow().address();
            long firstHigh = hexToLong(address.firstHash(), 0);
            long firstLow = hexToLong(address.firstHash(), 16);
            int slot = slotOf(firstHigh, firstLow);
            while (endpoints[slot] != null) {
                if (hashes[slot * SLOT] == firstHigh && hashes[slot * SLOT + 1] == firstLow) {
                    throw new IllegalArgumentException("Two published endpoints share the first hash " + address.firstHash());
                }
                slot = (slot + 1) & mask;
            }
            hashes[slot * SLOT] = firstHigh;
            hashes[slot * SLOT + 1] = firstLow;
            hashes[slot * SLOT + 2] = hexToLong(address.secondHash(), 0);
            hashes[slot * SLOT + 3] = hexToLong(address.secondHash(), 16);
            endpoints[slot] = endpoint;
        }
        this.size = published.size();
    }

    /**
     * The endpoint at this address, or null. The second hash is compared in constant time (a guesser
     * learns nothing from timing how much of it was right); anything but {@value EndpointAddress#HASH_LENGTH}
     * lower-case hex characters matches nothing.
     */
    PublishedEndpoint find(String firstHash, String secondHash) {
        if (!isHash(firstHash) || !isHash(secondHash)) {
            return null;
        }
        long firstHigh = hexToLong(firstHash, 0);
        long firstLow = hexToLong(firstHash, 16);
        for (int slot = slotOf(firstHigh, firstLow); ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            if (hashes[at] == firstHigh && hashes[at + 1] == firstLow && endpoints[slot] != null) {
                long difference = (hashes[at + 2] ^ hexToLong(secondHash, 0)) | (hashes[at + 3] ^ hexToLong(secondHash, 16));
                return difference == 0 ? endpoints[slot] : null;
            }
            if (endpoints[slot] == null) {
                return null;
            }
        }
    }

    /** The endpoint whose first hash this is, whatever its second: for reusing parsed templates. */
    PublishedEndpoint withFirstHash(String firstHash) {
        if (!isHash(firstHash)) {
            return null;
        }
        long firstHigh = hexToLong(firstHash, 0);
        long firstLow = hexToLong(firstHash, 16);
        for (int slot = slotOf(firstHigh, firstLow); endpoints[slot] != null; slot = (slot + 1) & mask) {
            if (hashes[slot * SLOT] == firstHigh && hashes[slot * SLOT + 1] == firstLow) {
                return endpoints[slot];
            }
        }
        return null;
    }

    int size() {
        return size;
    }

    private int slotOf(long high, long low) {
        // The hashes are random, but mixing keeps the spread even for any that are not.
        long mixed = (high ^ low) * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 32) & mask;
    }

    private static boolean isHash(String candidate) {
        if (candidate == null || candidate.length() != EndpointAddress.HASH_LENGTH) {
            return false;
        }
        for (int i = 0; i < EndpointAddress.HASH_LENGTH; i++) {
            char c = candidate.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    /** Sixteen lower-case hex characters from {@code from}, already checked by {@link #isHash}. */
    private static long hexToLong(String hex, int from) {
        long value = 0;
        for (int i = from; i < from + 16; i++) {
            char c = hex.charAt(i);
            value = value << 4 | (c <= '9' ? c - '0' : c - 'a' + 10);
        }
        return value;
    }
}
