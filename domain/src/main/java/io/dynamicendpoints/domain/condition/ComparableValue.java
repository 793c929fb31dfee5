package io.dynamicendpoints.domain.condition;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A rendered condition operand read as what it looks like: a number, a date, or text. Two operands
 * compare by the richest reading they share, so {@code "10000" > "9999"} holds although the text
 * {@code "10000"} sorts first.
 */
record ComparableValue(String text, BigDecimal number, Instant date) implements Comparable<ComparableValue> {

    private static final Pattern DIGITS = Pattern.compile("-?\\d{9,11}");
    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    static ComparableValue of(String raw, ZoneId zone) {
        String trimmed = raw.strip();
        return new ComparableValue(raw, number(trimmed), date(trimmed, zone).orElse(null));
    }

    @Override
    public int compareTo(ComparableValue other) {
        if (number != null && other.number != null) {
            return number.compareTo(other.number);
        }
        if (date != null && other.date != null) {
            return date.compareTo(other.date);
        }
        return text.compareTo(other.text);
    }

    private static BigDecimal number(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    /** ISO-8601 (with or without offset), {@code Y-m-d H:i:s}, {@code Y-m-d}, or Unix seconds. */
    static Optional<Instant> date(String value, ZoneId zone) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (DIGITS.matcher(trimmed).matches()) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(trimmed)));
        }
        try {
            return Optional.of(OffsetDateTime.parse(trimmed).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed, SQL_DATE_TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // try the next shape
        }
        try {
            return Optional.of(LocalDate.parse(trimmed).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
