package io.dynamicendpoints.domain.listener;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Headers and query parameters an endpoint adds to the platform's list of credentials that the
 * request log stores as {@code ****} ({@code mask_headers}, {@code mask_query}). An endpoint knows
 * its partner's signature header; the platform's list cannot name every one.
 *
 * @param headers         lower-case header names
 * @param queryParameters lower-case query parameter names
 */
public record LogMasking(List<String> headers, List<String> queryParameters) {

    public static final LogMasking NONE = new LogMasking(List.of(), List.of());

    public LogMasking {
        headers = normalized(headers);
        queryParameters = normalized(queryParameters);
    }

    /** From the comma-separated lists the workflow document holds. */
    public static LogMasking of(String headers, String queryParameters) {
        return new LogMasking(split(headers), split(queryParameters));
    }

    public boolean isEmpty() {
        return headers.isEmpty() && queryParameters.isEmpty();
    }

    /** Whether the header is masked, whatever the case of its name. */
    public boolean masksHeader(String name) {
        return !headers.isEmpty() && headers.contains(name.toLowerCase(Locale.ROOT));
    }

    /** Whether the query parameter is masked, whatever the case of its name. */
    public boolean masksQueryParameter(String name) {
        return !queryParameters.isEmpty() && queryParameters.contains(name.toLowerCase(Locale.ROOT));
    }

    public String headersText() {
        return String.join(", ", headers);
    }

    public String queryParametersText() {
        return String.join(", ", queryParameters);
    }

    private static List<String> split(String text) {
        return text == null || text.isBlank() ? List.of() : Arrays.asList(text.split(","));
    }

    private static List<String> normalized(List<String> names) {
        if (names == null || names.isEmpty()) {
            return List.of();
        }
        Set<String> distinct = names.stream()
                .map(name -> name == null ? "" : name.strip().toLowerCase(Locale.ROOT))
                .filter(name -> !name.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return List.copyOf(distinct);
    }
}
