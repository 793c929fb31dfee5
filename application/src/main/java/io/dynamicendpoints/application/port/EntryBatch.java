package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link RequestLogBatch} that keeps its entries as they are: the default for a {@link RequestLog} that stores objects. */
public final class EntryBatch implements RequestLogBatch {

    private final List<RequestLogEntry> entries;

    public EntryBatch() {
        this.entries = new ArrayList<>();
    }

    @Override
    public void add(RequestLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public int size() {
        return entries.size();
    }

    /** A store of objects commits a batch at once. */
    @Override
    public List<EntryBatch> parts() {
        return List.of(this);
    }

    /** The entries, in the order they were added. */
    public List<RequestLogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
