package io.dynamicendpoints.adapters.persistence.requestlog;

import java.util.ArrayDeque;

/**
 * Byte arrays for the chunks a batch encodes, used again batch after batch. A batch waits up to the
 * writer's linger (a second) before it is stored; arrays allocated for every batch would survive a
 * young collection or two, be promoted, and die in the old generation, and the concurrent marking
 * cycles that garbage starts cost the listener more than the log's own work. Arrays that stay in the
 * pool are old too, but they never become garbage.
 *
 * <p>Sizes are powers of two from {@value #SMALLEST} bytes up to twice {@link ChunkWriter#MAX_BYTES};
 * a larger request (one entry with huge bodies) gets an array of its own. At most {@code limit} bytes
 * are kept; what is given back beyond that is left to the garbage collector. Thread-safe.
 */
final class ChunkBuffers {

    static final int SMALLEST = 4096;
    private static final int LARGEST = Integer.highestOneBit(ChunkWriter.MAX_BYTES) * 2;
    private static final int CLASSES = Integer.numberOfTrailingZeros(LARGEST) - Integer.numberOfTrailingZeros(SMALLEST) + 1;

    private final ArrayDeque<byte[]>[] free;
    private final long limit;
    private long pooled;

    @SuppressWarnings("unchecked")
    ChunkBuffers(long limit) {
        this.limit = limit;
        free = new ArrayDeque[CLASSES];
        for (int i = 0; i < CLASSES; i++) {
            free[i] = new ArrayDeque<>();
        }
    }

    /** An array of at least {@code size} bytes, with whatever an earlier user left in it. */
    synchronized byte[] take(int size) {
        if (size > LARGEST) {
            return new byte[size];
        }
        int sizeClass = sizeClass(size);
        byte[] array = free[sizeClass].poll();
        if (array == null) {
            return new byte[SMALLEST << sizeClass];
        }
        pooled -= array.length;
        return array;
    }

    /** Gives {@code array} back; its caller must not use it any more. */
    synchronized void give(byte[] array) {
        int length = array.length;
        if (length < SMALLEST || length > LARGEST || Integer.bitCount(length) != 1 || pooled + length > limit) {
            return;
        }
        free[sizeClass(length)].push(array);
        pooled += length;
    }

    /** Bytes the pool holds now. */
    synchronized long pooled() {
        return pooled;
    }

    private static int sizeClass(int size) {
        int rounded = size <= SMALLEST ? SMALLEST : Integer.highestOneBit(size - 1) << 1;
        return Integer.numberOfTrailingZeros(rounded) - Integer.numberOfTrailingZeros(SMALLEST);
    }
}
