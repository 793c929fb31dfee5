package io.dynamicendpoints.application.template;

import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code daysBetween(from, to)}: calendar days from one date to the other, in the clock's time zone,
 * negative when {@code to} is earlier: {@code daysBetween("2024-04-12", "2024-05-01")} → 19. Either
 * date missing or unreadable → nothing.
 */
final class DaysBetween extends ScriptFunction {

    private final TemplateDates dates;

    DaysBetween(TemplateDates dates) {
        super("daysBetween");
        this.dates = dates;
    }

    @Override
    Object call(Arguments arguments) {
        Optional<ZonedDateTime> from = dates.parse(arguments.value(0));
        Optional<ZonedDateTime> to = dates.parse(arguments.value(1));
        if (from.isEmpty() || to.isEmpty()) {
            return null;
        }
        return ChronoUnit.DAYS.between(from.get().withZoneSameInstant(dates.zone()).toLocalDate(),
                to.get().withZoneSameInstant(dates.zone()).toLocalDate());
    }
}
