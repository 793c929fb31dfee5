package io.dynamicendpoints.domain.requestlog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Headers as a log entry keeps them: an immutable map from name to value, in the order the headers
 * came. Backed by two arrays rather than a hash table, because one is built for every request the
 * listener answers and holds a handful of headers: filling two arrays and scanning them costs less
 * than hashing every name (a hashed copy was the request-log writer's largest cost after the
 * database).
 */
public final class RecordedHeaders extends AbstractMap<String, String> {

    public static final RecordedHeaders EMPTY = new RecordedHeaders(new String[0], new String[0], 0);

    private final String[] names;
    private final String[] values;
    private final int size;

    private RecordedHeaders(String[] names, String[] values, int size) {
        this.names = names;
        this.values = values;
        this.size = size;
    }

    /** {@code headers} in their iteration order: the same instance when it is one already. */
    public static RecordedHeaders copyOf(Map<String, String> headers) {
        if (headers instanceof RecordedHeaders recorded) {
            return recorded;
        }
        if (headers == null || headers.isEmpty()) {
            return EMPTY;
        }
        String[] names = new String[headers.size()];
        String[] values = new String[names.length];
        int i = 0;
        for (Map.Entry<String, String> header : headers.entrySet()) {
            names[i] = Objects.requireNonNull(header.getKey(), "name");
            values[i++] = Objects.requireNonNull(header.getValue(), "value");
        }
        return new RecordedHeaders(names, values, i);
    }

    /**
     * The first {@code size} of {@code names} with their {@code values}, in that order; the names must
     * differ (they come from a map: the header list is not searched for repeats, which would compare
     * every name with every other for each logged request). The arrays are copied.
     */
    public static RecordedHeaders of(String[] names, String[] values, int size) {
        if (size == 0) {
            return EMPTY;
        }
        for (int i = 0; i < size; i++) {
            Objects.requireNonNull(names[i], "name");
            Objects.requireNonNull(values[i], "value");
        }
        return new RecordedHeaders(Arrays.copyOf(names, size), Arrays.copyOf(values, size), size);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean containsKey(Object name) {
        return indexOf(name) >= 0;
    }

    @Override
    public String get(Object name) {
        int index = indexOf(name);
        return index < 0 ? null : values[index];
    }

    /** Whether {@code other} holds the same names and values in the same order (which {@link #equals} ignores). */
    public boolean sameInOrder(RecordedHeaders other) {
        if (other == this) {
            return true;
        }
        if (other.size != size) {
            return false;
        }
        for (int i = 0; i < size; i++) {
            if (!names[i].equals(other.names[i]) || !values[i].equals(other.values[i])) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Set<Map.Entry<String, String>> entrySet() {
        // A fresh view per call: the domain keeps no mutable state, not even a cached view.
        @SuppressWarnings("unchecked")
        Map.Entry<String, String>[] entries = new Map.Entry[size];
        for (int i = 0; i < size; i++) {
            entries[i] = new SimpleImmutableEntry<>(names[i], values[i]);
        }
        List<Map.Entry<String, String>> inOrder = List.of(entries);
        return new AbstractSet<>() {
            @Override
            public Iterator<Map.Entry<String, String>> iterator() {
                return inOrder.iterator();
            }

            @Override
            public int size() {
                return inOrder.size();
            }
        };
    }

    @Override
    public void forEach(BiConsumer<? super String, ? super String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(names[i], values[i]);
        }
    }

    private int indexOf(Object name) {
        for (int i = 0; i < size; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
