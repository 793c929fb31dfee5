package io.dynamicendpoints.domain.user;

/** A password as stored: a one-way hash (bcrypt). Redacted when printed all the same. */
public record PasswordHash(String value) {

    public PasswordHash {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A password hash is never empty");
        }
    }

    @Override
    public String toString() {
        return "PasswordHash[****]";
    }
}
