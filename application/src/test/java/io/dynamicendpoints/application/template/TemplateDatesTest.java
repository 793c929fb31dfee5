package io.dynamicendpoints.application.template;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.ZonedDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** PHP's {@code date()} letters, which the {@code date} and {@code now} functions write with. */
class TemplateDatesTest {

    private static final ZonedDateTime FRIDAY = ZonedDateTime.parse("2024-04-05T09:07:03.123456+02:00[Europe/Berlin]");

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "d D j l N S w z|05 Fri 5 Friday 5 th 5 95",
            "W F m M n t L o|14 April 04 Apr 4 30 1 2024",
            "Y y a A g G h H i s|2024 24 am AM 9 9 09 09 07 03",
            "u v|123456 123",
            "e T P p O Z|Europe/Berlin CEST +02:00 +02:00 +0200 7200",
            "c|2024-04-05T09:07:03+02:00",
            "r|Fri, 05 Apr 2024 09:07:03 +0200",
            "U|1712300823",
            "\\Y\\-m|Y-04",
            "jS|5th"})
    void writesEachLetterAsPhpDoes(String format, String expected) {
        assertThat(TemplateDates.php(FRIDAY, format)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"1|1st", "2|2nd", "3|3rd", "4|4th", "11|11th", "12|12th", "13|13th", "21|21st", "22|22nd", "31|31st"})
    void writesOrdinalSuffixes(int day, String expected) {
        assertThat(TemplateDates.php(FRIDAY.withMonth(5).withDayOfMonth(day), "jS")).isEqualTo(expected);
    }
}
