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

/**
 * A rendered condition operand read as what it looks like: a number, a date, or text. Two operands
 * compare by the richest reading they share, so {@code "10000" > "9999"} holds although the text
 * {@code "10000"} sorts first.
 *
 * <p>Conditions run on every request, so the readings are cheap: each parser runs only on text of
 * its shape ({@link #looksNumeric}, {@link #looksLikeDate}), never to find out by an exception that
 * {@code "alice@example.com"} is not a number, and the date is read only when the numbers did not
 * decide. The shape checks only rule out text the parsers would refuse; the parsers still decide.
 */
final class ComparableValue implements Comparable<ComparableValue> {

    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final String text;
    private final String trimmed;
    private final ZoneId zone;
    private final BigDecimal number;

    private ComparableValue(String text, String trimmed, ZoneId zone) {
        this.text = text;
        this.trimmed = trimmed;
        this.zone = zone;
        this.number = number(trimmed);
    }

    static ComparableValue of(String raw, ZoneId zone) {
        return new ComparableValue(raw, raw.strip(), zone);
    }

    @Override
    public int compareTo(ComparableValue other) {
        if (number != null && other.number != null) {
            return number.compareTo(other.number);
        }
        Optional<Instant> mine = date();
        if (mine.isPresent()) {
            Optional<Instant> theirs = other.date();
            if (theirs.isPresent()) {
                return mine.get().compareTo(theirs.get());
            }
        }
        return text.compareTo(other.text);
    }

    /** Read when needed, not kept: the domain's values are immutable, and a comparison reads it at most once. */
    private Optional<Instant> date() {
        return date(trimmed, zone);
    }

    private static BigDecimal number(String value) {
        if (!looksNumeric(value)) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException outOfRange) { // e.g. an exponent beyond an int
            return null;
        }
    }

    /**
     * Whether {@code value} has the shape {@link BigDecimal#BigDecimal(String)} accepts: a sign, digits
     * with at most one point and at least one digit, then an optional exponent with its own digits.
     */
    static boolean looksNumeric(String value) {
        int length = value.length();
        int i = 0;
        if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        boolean point = false;
        for (; i < length; i++) {
            char c = value.charAt(i);
            if (Character.isDigit(c)) {
                digits++;
            } else if (c == '.' && !point) {
                point = true;
            } else {
                break;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i == length) {
            return true;
        }
        if (value.charAt(i) != 'e' && value.charAt(i) != 'E') {
            return false;
        }
        i++;
        if (i < length && (value.charAt(i) == '+' || value.charAt(i) == '-')) {
            i++;
        }
        int exponentDigits = 0;
        for (; i < length; i++) {
            if (!Character.isDigit(value.charAt(i))) {
                return false;
            }
            exponentDigits++;
        }
        return exponentDigits > 0;
    }

    /** ISO-8601 (with or without offset), {@code Y-m-d H:i:s}, {@code Y-m-d}, or Unix seconds. */
    static Optional<Instant> date(String value, ZoneId zone) {
        String trimmed = value.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (isUnixSeconds(trimmed)) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(trimmed)));
        }
        int dateEnd = dateEnd(trimmed);
        if (dateEnd < 0) {
            return Optional.empty(); // none of the formats below can read it
        }
        // Each format has its own separator after the date, so only one branch can succeed.
        if (dateEnd == trimmed.length()) {
            return parse(() -> LocalDate.parse(trimmed).atStartOfDay(zone).toInstant());
        }
        char separator = trimmed.charAt(dateEnd);
        if (separator == ' ') {
            return parse(() -> LocalDateTime.parse(trimmed, SQL_DATE_TIME).atZone(zone).toInstant());
        }
        if (separator == 'T' || separator == 't') {
            if (hasOffset(trimmed, dateEnd)) {
                Optional<Instant> offset = parse(() -> OffsetDateTime.parse(trimmed).toInstant());
                if (offset.isPresent()) {
                    return offset;
                }
            }
            return parse(() -> LocalDateTime.parse(trimmed).atZone(zone).toInstant());
        }
        return Optional.empty();
    }

    /** {@code -?\d{9,11}} in ASCII digits: Unix seconds. */
    private static boolean isUnixSeconds(String value) {
        int start = value.charAt(0) == '-' ? 1 : 0;
        int digits = value.length() - start;
        if (digits < 9 || digits > 11) {
            return false;
        }
        for (int i = start; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * Where a leading {@code [+-]?\d{4,}-\d\d-\d\d} (ASCII digits, as {@code java.time} reads them) ends,
     * or -1 without one: every date format we read starts so.
     */
    private static int dateEnd(String value) {
        int i = value.charAt(0) == '+' || value.charAt(0) == '-' ? 1 : 0;
        int yearStart = i;
        while (i < value.length() && isAsciiDigit(value.charAt(i))) {
            i++;
        }
        if (i - yearStart < 4) {
            return -1;
        }
        for (int part = 0; part < 2; part++) {
            if (i + 2 >= value.length() || value.charAt(i) != '-'
                    || !isAsciiDigit(value.charAt(i + 1)) || !isAsciiDigit(value.charAt(i + 2))) {
                return -1;
            }
            i += 3;
        }
        return i;
    }

    /** An offset ({@code Z}, {@code +01:00}, {@code -05:00}) somewhere in the time after the date. */
    private static boolean hasOffset(String value, int dateEnd) {
        for (int i = dateEnd + 1; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 'Z' || c == 'z' || c == '+' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private interface Reading {
        Instant read();
    }

    private static Optional<Instant> parse(Reading reading) {
        try {
            return Optional.of(reading.read());
        } catch (DateTimeParseException notThisShape) { // date-shaped but invalid, e.g. month 13
            return Optional.empty();
        }
    }
}
