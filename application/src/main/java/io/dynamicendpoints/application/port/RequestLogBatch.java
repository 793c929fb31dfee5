package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.List;

/**
 * Entries on their way into the {@link RequestLog}, made by {@link RequestLog#newBatch()} and stored,
 * all or none, by {@link RequestLog#append(RequestLogBatch)}. The writer adds each entry as soon as it
 * has made it and appends the batch once it is full or has waited long enough.
 *
 * <p>Why not a list of entries: a store may encode an entry the moment it is added. A batch that waits
 * up to a second to fill then holds compact bytes instead of the objects of thousands of requests,
 * which the garbage collector would copy at every young collection, and the encoding reads an entry
 * while it is still in the processor's cache rather than up to a second and megabytes later.
 */
public interface RequestLogBatch {

    /** Takes {@code entry} into the batch; a store may encode it now. */
    void add(RequestLogEntry entry);

    /** Entries added so far. */
    int size();

    /**
     * Whether the batch holds as much as the store writes well at once, so that waiting for more would
     * not make it cheaper per entry: the writer then stores it before its linger is over. A store that
     * packs entries (per endpoint, say) says so once its packs are full; by default never.
     */
    default boolean full() {
        return false;
    }

    /**
     * Whether the batch would be stored as many small packs: traffic spread over hundreds of
     * endpoints, each with a pack of few entries so far. A pack costs the store about as much whatever
     * it holds, so the writer lets such a batch fill up to its longer, sparse linger. By default never.
     */
    default boolean sparse() {
        return false;
    }

    /**
     * The batch as the store commits it: one part, or (for a large batch) several, each holding some
     * of its entries, each stored all or none by {@link RequestLog#append(RequestLogBatch)}. The writer
     * appends them one after the other, and a part the store refuses costs that part's entries only.
     */
    List<? extends RequestLogBatch> parts();
}
