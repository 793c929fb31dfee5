package io.dynamicendpoints.application.port;

/**
 * JSON text to and from plain values: maps, lists, strings, numbers, booleans and null. The
 * application reads request bodies and writes replies with it without knowing the library.
 */
public interface Json {

    /** @throws MalformedJsonException when the text is not JSON */
    Object parse(String text);

    String write(Object value);

    /** Text that is not JSON, with where the parser gave up. */
    final class MalformedJsonException extends RuntimeException {

        public MalformedJsonException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
