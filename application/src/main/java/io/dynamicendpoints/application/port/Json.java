package io.dynamicendpoints.application.port;

/**
 * JSON text to and from plain values: maps, lists, strings, numbers, booleans and null. The
 * application reads request bodies and writes replies with it without knowing the library.
 */
public interface Json {

    /** @throws MalformedJsonException when the text is not JSON */
    Object parse(String text);

    String write(Object value);

    /**
     * Text that is not JSON: what the parser objected to and where (1-based line and column, 0 when
     * the parser could not say), so a caller can find the mistake in what it sent.
     */
    final class MalformedJsonException extends RuntimeException {

        private final int line;
        private final int column;

        public MalformedJsonException(String message, int line, int column, Throwable cause) {
            super(message, cause);
            this.line = line;
            this.column = column;
        }

        public MalformedJsonException(String message, Throwable cause) {
            this(message, 0, 0, cause);
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }
}
