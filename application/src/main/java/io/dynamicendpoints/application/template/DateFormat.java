package io.dynamicendpoints.application.template;

import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * {@code date(value, format = "Y-m-d H:i:s", timezone = the clock's)}: a date written with PHP's
 * format letters: {@code date("2024-04-12", "M j, Y")} → {@code Apr 12, 2024}. Also the {@code date}
 * filter ({@code x|date("d/m/Y")}), replacing Pebble's, whose patterns are Java's, so both forms read
 * the same format. A missing or unreadable date gives nothing (Twig would print today instead).
 */
final class DateFormat extends ScriptFunction {

    static final String DEFAULT_FORMAT = "Y-m-d H:i:s";

    private final TemplateDates dates;

    DateFormat(TemplateDates dates) {
        super("date");
        this.dates = dates;
    }

    @Override
    Object call(Arguments arguments) {
        String format = arguments.text(1, DEFAULT_FORMAT);
        ZoneId zone = arguments.has(2) ? TemplateDates.zone(arguments.text(2, "")) : dates.zone();
        return dates.parse(arguments.value(0))
                .map(time -> time.withZoneSameInstant(zone))
                .map((ZonedDateTime time) -> TemplateDates.php(time, format))
                .orElse(null);
    }
}
