package io.dynamicendpoints.domain.traffic;

/** The classes of HTTP status (RFC 9110, section 15), the way admins read a breakdown of answers. */
public enum StatusClass {
    INFORMATIONAL("1xx"),
    SUCCESS("2xx"),
    REDIRECTION("3xx"),
    CLIENT_ERROR("4xx"),
    SERVER_ERROR("5xx");

    private final String label;

    StatusClass(String label) {
        this.label = label;
    }

    /** How admins write the class: {@code 2xx}, {@code 4xx}, ... */
    public String label() {
        return label;
    }

    /** The class of a status from 100 to 599. */
    public static StatusClass of(int status) {
        if (status < 100 || status > 599) {
            throw new IllegalArgumentException("Not an HTTP status: " + status);
        }
        return values()[status / 100 - 1];
    }

    /** The class whose statuses start with {@code digit} (1 to 5). */
    public static StatusClass ofFirstDigit(int digit) {
        return of(digit * 100);
    }
}
