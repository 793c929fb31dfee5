package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.requestlog.RequestLogEntry;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A {@link RequestLogBatch} that keeps its entries as they are: the default for a {@link RequestLog} that stores objects. */
public final class EntryBatch implements RequestLogBatch {

    private final List<RequestLogEntry> entries;

    public EntryBatch() {
        this(new ArrayList<>());
    }

    private EntryBatch(List<RequestLogEntry> entries) {
        this.entries = entries;
    }

    @Override
    public void add(RequestLogEntry entry) {
        entries.add(entry);
    }

    @Override
    public int size() {
        return entries.size();
    }

    @Override
    public List<EntryBatch> parts() {
        return entries.stream().map(entry -> new EntryBatch(new ArrayList<>(List.of(entry)))).toList();
    }

    /** The entries, in the order they were added. */
    public List<RequestLogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }
}
