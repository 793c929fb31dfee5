package io.dynamicendpoints.domain.requestlog;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
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
    private Set<Map.Entry<String, String>> entries;

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
        Builder builder = builder(headers.size());
        headers.forEach(builder::put);
        return builder.build();
    }

    /** A builder for up to {@code expected} headers (more make it grow). */
    public static Builder builder(int expected) {
        return new Builder(expected);
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
        if (entries == null) {
            entries = new AbstractSet<>() {
                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < size;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= size) {
                                throw new NoSuchElementException();
                            }
                            int index = next++;
                            return new SimpleImmutableEntry<>(names[index], values[index]);
                        }
                    };
                }

                @Override
                public int size() {
                    return size;
                }
            };
        }
        return entries;
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

    /**
     * Collects headers in order, each name once: it copies a map, whose names differ already (it does
     * not look for repeats, which would compare every name with every other for each logged request).
     */
    public static final class Builder {

        private String[] names;
        private String[] values;
        private int size;

        private Builder(int expected) {
            names = new String[Math.max(expected, 1)];
            values = new String[names.length];
        }

        /** Adds a header whose name is not in the builder yet. */
        public Builder put(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (size == names.length) {
                names = Arrays.copyOf(names, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            names[size] = name;
            values[size++] = value;
            return this;
        }

        /** The headers put so far; the builder takes no further header. */
        public RecordedHeaders build() {
            if (names == null) {
                throw new IllegalStateException("This builder was built already");
            }
            RecordedHeaders built = size == 0 ? EMPTY : new RecordedHeaders(names, values, size);
            names = null;
            values = null;
            return built;
        }
    }
}
