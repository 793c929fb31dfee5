package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code number_format(value, decimals = 0, decimal_point = ".", thousands_separator = ",")}, as PHP
 * and Twig have it: {@code 1234.5|number_format(2)} → {@code 1,234.50}. Halves round away from zero.
 * Registered as {@code number_format} and {@code numberFormat}.
 */
final class NumberFormat extends ScriptFunction {

    NumberFormat(String name) {
        super(name);
    }

    @Override
    Object call(Arguments arguments) {
        return arguments.number(0)
                .map(number -> format(number, arguments.integer(1, 0), arguments.text(2, "."), arguments.text(3, ",")))
                .orElse(null);
    }

    static String format(BigDecimal number, int decimals, String point, String separator) {
        if (decimals < 0 || decimals > 100) {
            throw new IllegalArgumentException("decimals must be between 0 and 100");
        }
        BigDecimal rounded = number.setScale(decimals, RoundingMode.HALF_UP);
        String digits = rounded.abs().toPlainString();
        int dot = digits.indexOf('.');
        String whole = dot < 0 ? digits : digits.substring(0, dot);
        // A separator or point can be any text, so the result is checked as it grows.
        BoundedText out = new BoundedText(RenderBudget.current());
        if (rounded.signum() < 0) {
            out.append('-');
        }
        int firstGroup = whole.length() % 3 == 0 ? 3 : whole.length() % 3;
        out.append(whole, 0, firstGroup);
        for (int i = firstGroup; i < whole.length(); i += 3) {
            out.append(separator).append(whole, i, i + 3);
        }
        if (dot >= 0) {
            out.append(point).append(digits, dot + 1, digits.length());
        }
        return out.toString();
    }
}
