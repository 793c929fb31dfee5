package io.dynamicendpoints.application.template;

/**
 * {@code dateAdd(date, modifier)} or {@code dateAdd(date, amount, unit)}: a date moved, written as
 * ISO-8601: {@code dateAdd("2024-04-12", "+1 day")} → {@code 2024-04-13T00:00:00Z};
 * {@code dateAdd(now(), -2, "hours")}. Modifiers are PHP-style ({@code "+1 month 2 days"}) or ISO-8601
 * ({@code "P1D"}, {@code "PT30M"}). Months clip at the month's end (Jan 31 + 1 month → Feb 29 or 28).
 */
final class DateAdd extends ScriptFunction {

    private final TemplateDates dates;

    DateAdd(TemplateDates dates) {
        super("dateAdd");
        this.dates = dates;
    }

    @Override
    Object call(Arguments arguments) {
        Object change = arguments.required(1, "a modifier such as '+1 day'");
        return dates.parse(arguments.value(0)).map(time -> {
            if (arguments.size() >= 3) {
                long amount = arguments.integer(1, 0);
                return TemplateDates.add(time, amount, arguments.text(2, ""));
            }
            return TemplateDates.add(time, TemplateValues.text(change));
        }).map(TemplateDates::iso).orElse(null);
    }
}
