package io.dynamicendpoints.application.template;

import java.math.RoundingMode;

/**
 * {@code round(value, precision = 0, method = "common")}, as Twig's filter: {@code 2.5|round} → 3,
 * {@code 3.14159|round(2)} → 3.14, {@code 2.1|round(0, "ceil")} → 3. {@code common} rounds halves away
 * from zero; {@code ceil} and {@code floor} round up and down. A negative precision rounds to tens,
 * hundreds…
 */
final class Round extends ScriptFunction {

    Round() {
        super("round");
    }

    @Override
    Object call(Arguments arguments) {
        RoundingMode mode = switch (arguments.text(2, "common")) {
            case "common" -> RoundingMode.HALF_UP;
            case "ceil" -> RoundingMode.CEILING;
            case "floor" -> RoundingMode.FLOOR;
            default -> throw new IllegalArgumentException("the method is 'common', 'ceil' or 'floor'");
        };
        int precision = arguments.integer(1, 0);
        if (Math.abs(precision) > 100) {
            throw new IllegalArgumentException("the precision must be between -100 and 100");
        }
        return arguments.number(0).map(number -> TemplateValues.tidy(number.setScale(precision, mode))).orElse(null);
    }
}
