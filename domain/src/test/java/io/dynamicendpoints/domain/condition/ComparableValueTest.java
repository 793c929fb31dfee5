package io.dynamicendpoints.domain.condition;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The operand readings check the shape of a value before parsing it; these tests hold them to the
 * readings that tried every parser and caught the exceptions (kept below as the reference).
 */
class ComparableValueTest {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final List<String> VALUES = List.of(
            "", " ", "0", "00", "-0", "+7", "42", " 42 ", "9999", "10000", "1.5", "1.50", ".5", "5.", "-.5e3",
            "1e3", "1E+3", "2e-2", "1e", "e5", "1.2.3", "--1", "+-1", "1_000", "1,5", "١٢٣", "１２", "1e99999999999",
            "NaN", "Infinity", "0x1F", "1d", "1f",
            "1764115200", "-1764115200", "176411520", "17641152000", "176411520000", "12345678",
            "2026-05-01", "2026-5-01", "2026-05-1", "26-05-01", "20260501", "2026-13-01", "2026-02-30",
            "+12026-05-01", "-2026-05-01", "12026-05-01",
            "2026-05-01 10:00:00", "2026-05-01 10:00", "2026-05-01  10:00:00", "2026-05-01 25:00:00",
            "2026-05-01T10:00", "2026-05-01T10:00:00", "2026-05-01t10:00:00", "2026-05-01T10:00:00.123456789",
            "2026-05-01T10:00:00Z", "2026-05-01T10:00:00z", "2026-05-01T10:00:00+02:00", "2026-05-01T10:00:00-05:00",
            "2026-05-01T10:00:00+0200", "2026-05-01T10:00:00+02", "2026-05-01T10:00Z", "2026-05-01T10:00:00 Z",
            "2026-05-01T25:00:00Z", "2026-05-01T10:00:00[Europe/Berlin]", "2026-05-01Tnoon", "2026-05-01X",
            "２０２６-05-01", "alice@example.com", "Alice", "alice", "C-1", "received", "[]", "{}", "true");

    @Test
    void readsNumbersAsBigDecimalDoes() {
        for (String value : VALUES) {
            assertThat(ComparableValue.looksNumeric(value.strip()) || reference(value).number() == null)
                    .as("a number the shape check would miss: '%s'", value).isTrue();
        }
    }

    @Test
    void readsDatesAsTheFormatsDo() {
        for (String value : VALUES) {
            assertThat(ComparableValue.date(value, ZONE)).as("date of '%s'", value)
                    .isEqualTo(Optional.ofNullable(reference(value).date()));
        }
    }

    @Test
    void comparesEveryPairAsBefore() {
        for (String left : VALUES) {
            for (String right : VALUES) {
                assertThat(Integer.signum(ComparableValue.of(left, ZONE).compareTo(ComparableValue.of(right, ZONE))))
                        .as("'%s' against '%s'", left, right)
                        .isEqualTo(Integer.signum(reference(left).compareTo(reference(right))));
            }
        }
    }

    @Test
    void comparesNumbersAsNumbersDatesAsInstantsAndTheRestAsText() {
        assertThat(Operator.GREATER.test("10000", "9999", Instant.EPOCH, ZONE)).isTrue();
        assertThat(Operator.EQUAL.test("1.50", "1.5", Instant.EPOCH, ZONE)).isTrue();
        assertThat(Operator.LESS.test("2026-05-01", "2026-05-01 00:00:01", Instant.EPOCH, ZONE)).isTrue();
        assertThat(Operator.EQUAL.test("2026-05-01T08:00:00Z", "2026-05-01 10:00:00", Instant.EPOCH, ZONE)).isTrue();
        assertThat(Operator.GREATER.test("b", "a", Instant.EPOCH, ZONE)).isTrue();
        assertThat(Operator.EQUAL.test("Alice", "alice", Instant.EPOCH, ZONE)).isFalse();
    }

    private static Reference reference(String raw) {
        String trimmed = raw.strip();
        return new Reference(raw, referenceNumber(trimmed), referenceDate(trimmed, ZONE).orElse(null));
    }

    /** The reading before shape checks: every parser tried, exceptions caught. */
    private record Reference(String text, BigDecimal number, Instant date) {
        int compareTo(Reference other) {
            if (number != null && other.number != null) {
                return number.compareTo(other.number);
            }
            if (date != null && other.date != null) {
                return date.compareTo(other.date);
            }
            return text.compareTo(other.text);
        }
    }

    private static BigDecimal referenceNumber(String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return new BigDecimal(value);
        } catch (NumberFormatException notNumeric) {
            return null;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("-?\\d{9,11}");
    private static final DateTimeFormatter SQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private static Optional<Instant> referenceDate(String value, ZoneId zone) {
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
            // next
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return Optional.of(LocalDateTime.parse(trimmed, SQL_DATE_TIME).atZone(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            // next
        }
        try {
            return Optional.of(LocalDate.parse(trimmed).atStartOfDay(zone).toInstant());
        } catch (DateTimeParseException ignored) {
            return Optional.empty();
        }
    }
}
