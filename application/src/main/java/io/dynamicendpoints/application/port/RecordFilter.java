package io.dynamicendpoints.application.port;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code where} of {@link VirtualRecords}: field names with the text each field must have. It is
 * written once here, so the in-memory fake and every adapter agree on what "compared as text" means.
 *
 * <p>The text of a string is the string; of a number or a boolean, what {@link String#valueOf(Object)}
 * prints ({@code 42}, {@code 9.5}, {@code true}), which is also what a template prints for it, so a
 * rendered {@code where} finds the value it was rendered from. A field that is absent, null, a list or
 * a map has no text and so matches nothing. An empty filter matches every record.
 */
public record RecordFilter(Map<String, String> where) {

    public RecordFilter {
        Objects.requireNonNull(where, "where");
        where = Collections.unmodifiableMap(new LinkedHashMap<>(where));
    }

    /** Whether every pair of {@link #where()} names a field of {@code fields} with exactly that text. */
    public boolean matches(Map<String, ?> fields) {
        return where.entrySet().stream()
                .allMatch(pair -> text(fields.get(pair.getKey())).filter(pair.getValue()::equals).isPresent());
    }

    /** The text a field value is compared as, or empty for a value that has none. */
    public static Optional<String> text(Object value) {
        return switch (value) {
            case String string -> Optional.of(string);
            case Number number -> Optional.of(String.valueOf(number));
            case Boolean bool -> Optional.of(String.valueOf(bool));
            case null, default -> Optional.empty();
        };
    }
}
