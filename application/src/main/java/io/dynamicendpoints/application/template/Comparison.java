package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.OperatorUtils;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code == != < > <= >=} (and {@code equals}) as Twig (PHP 8) compares, replacing Pebble's: two
 * numbers, or a number and numeric text, or two numeric texts compare as numbers
 * ({@code __data.amount > 1000} with {@code "2500"} from a form is true; {@code "10" > "9"} too); other
 * text compares as text; a missing value counts as 0 against a number and as empty text against text.
 */
final class Comparison extends BinaryExpression<Boolean> {

    enum Operation {
        EQUAL("=="), EQUALS("equals"), NOT_EQUAL("!="), GREATER(">"), LESS("<"), GREATER_OR_EQUAL(">="),
        LESS_OR_EQUAL("<=");

        private final String symbol;

        Operation(String symbol) {
            this.symbol = symbol;
        }
    }

    /** Pebble's precedence for comparisons. */
    private static final int PRECEDENCE = 30;

    private final Operation operation;

    private Comparison(Operation operation) {
        this.operation = operation;
    }

    static List<BinaryOperator> operators() {
        return Arrays.stream(Operation.values())
                .<BinaryOperator>map(operation -> new BinaryOperatorImpl(operation.symbol, PRECEDENCE,
                        () -> new Comparison(operation), BinaryOperatorType.NORMAL, Associativity.LEFT))
                .toList();
    }

    @Override
    public Boolean evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        Object left = getLeftExpression().evaluate(self, context);
        Object right = getRightExpression().evaluate(self, context);
        Integer order = order(left, right);
        return switch (operation) {
            case EQUAL, EQUALS -> order == null ? OperatorUtils.equals(left, right) : order == 0;
            case NOT_EQUAL -> order == null ? !OperatorUtils.equals(left, right) : order != 0;
            case GREATER -> order != null && order > 0;
            case LESS -> order != null && order < 0;
            case GREATER_OR_EQUAL -> order != null && order >= 0;
            case LESS_OR_EQUAL -> order != null && order <= 0;
        };
    }

    /** How left compares to right, or null when they do not compare (a list and a number, say). */
    private static Integer order(Object left, Object right) {
        Optional<BigDecimal> a = left == null && isNumeric(right) ? Optional.of(BigDecimal.ZERO) : TemplateValues.number(left);
        Optional<BigDecimal> b = right == null && isNumeric(left) ? Optional.of(BigDecimal.ZERO) : TemplateValues.number(right);
        if (a.isPresent() && b.isPresent()) {
            return a.get().compareTo(b.get());
        }
        if (isText(left) && isText(right)) {
            return TemplateValues.text(left).compareTo(TemplateValues.text(right));
        }
        return null;
    }

    private static boolean isNumeric(Object value) {
        return value != null && TemplateValues.number(value).isPresent();
    }

    private static boolean isText(Object value) {
        return value == null || value instanceof CharSequence || value instanceof SafeString || value instanceof Character;
    }
}
