package io.dynamicendpoints.application.template;

/**
 * {@code now(format = ISO-8601)}: the current time from the platform's clock, in its time zone (UTC
 * unless configured): {@code now()} → {@code 2026-05-23T10:15:30Z}, {@code now("Y-m-d")} → {@code 2026-05-23}.
 */
final class Now extends ScriptFunction {

    private final TemplateDates dates;

    Now(TemplateDates dates) {
        super("now");
        this.dates = dates;
    }

    @Override
    Object call(Arguments arguments) {
        return arguments.has(0) ? TemplateDates.php(dates.now(), arguments.text(0, "")) : TemplateDates.iso(dates.now());
    }
}
