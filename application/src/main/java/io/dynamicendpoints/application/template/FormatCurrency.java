package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * {@code formatCurrency(value, symbol = "", decimals = 2, decimal_point = ".", thousands_separator = ",")}:
 * the symbol, then the amount as {@code number_format} writes it (behaviour.md §16 #36):
 * {@code formatCurrency(2500, "€")} → {@code €2,500.00}; a negative amount puts the sign first,
 * {@code -€12.50}.
 */
final class FormatCurrency extends ScriptFunction {

    FormatCurrency() {
        super("formatCurrency");
    }

    @Override
    Object call(Arguments arguments) {
        return arguments.number(0).map(amount -> {
            int decimals = arguments.integer(2, 2);
            BigDecimal rounded = amount.setScale(Math.max(0, Math.min(decimals, 100)), RoundingMode.HALF_UP);
            String formatted = NumberFormat.format(rounded.abs(), decimals, arguments.text(3, "."), arguments.text(4, ","));
            // The symbol can be any text: joined within the value size, like the separators.
            return new BoundedText(RenderBudget.current()).append(rounded.signum() < 0 ? "-" : "")
                    .append(arguments.text(1, "")).append(formatted).toString();
        }).orElse(null);
    }
}
