package io.dynamicendpoints.application.receive;

/**
 * Recognises well-formed JSON text (RFC 8259) without building any value: the cheap half of
 * {@link ReplyContentType}'s question. A {@code true} is certain; a {@code false} only means "not
 * recognised here" (malformed, or beyond the bounds below, where a full parser's own limits apply),
 * and the caller then asks the parser.
 */
final class StrictJson {

    /** Nesting and size bounds well inside the JSON parser's own limits, so a yes here is a yes there. */
    static final int MAX_DEPTH = 200;
    static final int MAX_LENGTH = 1 << 20;
    private static final int MAX_NUMBER_LENGTH = 100;

    private final String text;
    private int at;

    private StrictJson(String text) {
        this.text = text;
    }

    /** Whether {@code text} is exactly one JSON object or array, with nothing but JSON whitespace around. */
    static boolean isObjectOrArray(String text) {
        if (text.length() > MAX_LENGTH) {
            return false;
        }
        StrictJson reader = new StrictJson(text);
        reader.skipWhitespace();
        if (reader.at >= text.length() || (text.charAt(reader.at) != '{' && text.charAt(reader.at) != '[')) {
            return false;
        }
        if (!reader.value(0)) {
            return false;
        }
        reader.skipWhitespace();
        return reader.at == text.length();
    }

    private boolean value(int depth) {
        if (at >= text.length()) {
            return false;
        }
        char c = text.charAt(at);
        return switch (c) {
            case '{' -> depth < MAX_DEPTH && object(depth + 1);
            case '[' -> depth < MAX_DEPTH && array(depth + 1);
            case '"' -> string();
            case 't' -> literal("true");
            case 'f' -> literal("false");
            case 'n' -> literal("null");
            default -> (c == '-' || (c >= '0' && c <= '9')) && number();
        };
    }

    private boolean object(int depth) {
        at++; // {
        skipWhitespace();
        if (peek() == '}') {
            at++;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"' || !string()) {
                return false;
            }
            skipWhitespace();
            if (peek() != ':') {
                return false;
            }
            at++;
            skipWhitespace();
            if (!value(depth)) {
                return false;
            }
            skipWhitespace();
            char next = peek();
            at++;
            if (next == '}') {
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean array(int depth) {
        at++; // [
        skipWhitespace();
        if (peek() == ']') {
            at++;
            return true;
        }
        while (true) {
            skipWhitespace();
            if (!value(depth)) {
                return false;
            }
            skipWhitespace();
            char next = peek();
            at++;
            if (next == ']') {
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    private boolean string() {
        at++; // opening quote
        while (at < text.length()) {
            char c = text.charAt(at++);
            if (c == '"') {
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (at >= text.length()) {
                    return false;
                }
                char escaped = text.charAt(at++);
                switch (escaped) {
                    case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
                    }
                    case 'u' -> {
                        if (at + 4 > text.length()) {
                            return false;
                        }
                        for (int i = 0; i < 4; i++) {
                            if (!isHexDigit(text.charAt(at++))) {
                                return false;
                            }
                        }
                    }
                    default -> {
                        return false;
                    }
                }
            }
        }
        return false;
    }

    /** {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?} */
    private boolean number() {
        int start = at;
        if (peek() == '-') {
            at++;
        }
        if (peek() == '0') {
            at++;
        } else if (isDigit(peek())) {
            digits();
        } else {
            return false;
        }
        if (peek() == '.') {
            at++;
            if (!isDigit(peek())) {
                return false;
            }
            digits();
        }
        if (peek() == 'e' || peek() == 'E') {
            at++;
            if (peek() == '+' || peek() == '-') {
                at++;
            }
            if (!isDigit(peek())) {
                return false;
            }
            digits();
        }
        return at - start <= MAX_NUMBER_LENGTH;
    }

    private boolean literal(String word) {
        if (!text.startsWith(word, at)) {
            return false;
        }
        at += word.length();
        return true;
    }

    private void digits() {
        while (isDigit(peek())) {
            at++;
        }
    }

    private static boolean isHexDigit(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The next character, or NUL at the end (never valid where a peek looks). */
    private char peek() {
        return at < text.length() ? text.charAt(at) : '\0';
    }

    private void skipWhitespace() {
        while (at < text.length()) {
            char c = text.charAt(at);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            at++;
        }
    }
}
