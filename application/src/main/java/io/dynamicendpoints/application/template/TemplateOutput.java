package io.dynamicendpoints.application.template;

/**
 * What a template produces, which decides how the values it prints are escaped (docs/scripting.md,
 * "Escaping"). Literal text in the template is never touched, and {@code |raw} prints a value as it is.
 */
public enum TemplateOutput {

    /** Plain text (redirect URLs, keys, secrets, step fields): printed values are written as they are. */
    TEXT,

    /** An HTML page ({@code return_html}): printed values are HTML-escaped, so a caller cannot inject markup. */
    HTML,

    /**
     * A {@code data} reply, whose content type is detected only after rendering, so the template's own
     * shape decides: text that starts as a JSON object or array escapes printed values for a JSON
     * string ({@code "} → {@code \"}, new line → {@code \n}), so a caller's value cannot break the
     * JSON; text that starts with {@code <} (XML, HTML) escapes them as markup; anything else is plain.
     */
    DATA;

    /** The escaping a template with this source gets. */
    Escaping escapingFor(String source) {
        return switch (this) {
            case TEXT -> Escaping.NONE;
            case HTML -> Escaping.HTML;
            case DATA -> switch (firstMeaningfulChar(source)) {
                case '{', '[' -> Escaping.JSON;
                case '<' -> Escaping.HTML;
                default -> Escaping.NONE;
            };
        };
    }

    /** The first character after white space and leading {@code {% … %}} / {@code {# … #}} tags; 0 when none. */
    static char firstMeaningfulChar(String source) {
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (c == '{' && i + 1 < source.length() && (source.charAt(i + 1) == '%' || source.charAt(i + 1) == '#')) {
                String close = source.charAt(i + 1) == '%' ? "%}" : "#}";
                int end = source.indexOf(close, i + 2);
                if (end < 0) {
                    return 0;
                }
                i = end + 2;
                continue;
            }
            if (c == '{' && i + 1 < source.length() && source.charAt(i + 1) == '{') {
                return 0; // starts by printing a value: its shape is unknown until rendered
            }
            return c;
        }
        return 0;
    }

    /** The escaping strategies the engine is built with, one Pebble engine each. */
    enum Escaping {
        NONE, HTML, JSON
    }
}
