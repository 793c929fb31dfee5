package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.OperatorUtils;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * {@code + - * / %} as Twig (PHP) computes them, replacing Pebble's: numeric text counts as a number
 * (form fields and query parameters are text: {@code __data.qty * 2} works), a missing value counts as
 * 0, division is exact ({@code 10 / 4} is 2.5, not 2), and decimals do not drift
 * ({@code 0.1 + 0.2} is 0.3). Whole results print without decimals. Anything else (adding to a list)
 * is left to Pebble.
 */
final class Arithmetic extends BinaryExpression<Object> {

    /**
     * The largest number arithmetic takes or gives, about 1,200 decimal digits (and as many decimals):
     * far beyond any amount, while a number squared in a loop, or a huge one from a body, would make
     * a single multiplication or remainder run for seconds where the render's clock cannot stop it.
     */
    static final int MAX_DIGITS = 1_200;
    private static final int MAX_BITS = 4_000;

    enum Operation {
        ADD("+", 40), SUBTRACT("-", 40), MULTIPLY("*", 60), DIVIDE("/", 60), MODULUS("%", 60);

        private final String symbol;
        private final int precedence;

        Operation(String symbol, int precedence) {
            this.symbol = symbol;
            this.precedence = precedence;
        }
    }

    private final Operation operation;

    private Arithmetic(Operation operation) {
        this.operation = operation;
    }

    static List<BinaryOperator> operators() {
        return Arrays.stream(Operation.values())
                .<BinaryOperator>map(operation -> new BinaryOperatorImpl(operation.symbol, operation.precedence,
                        () -> new Arithmetic(operation), BinaryOperatorType.NORMAL, Associativity.LEFT))
                .toList();
    }

    @Override
    public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        Object left = getLeftExpression().evaluate(self, context);
        Object right = getRightExpression().evaluate(self, context);
        Optional<BigDecimal> a = left == null ? Optional.of(BigDecimal.ZERO) : TemplateValues.number(left);
        Optional<BigDecimal> b = right == null ? Optional.of(BigDecimal.ZERO) : TemplateValues.number(right);
        if (a.isEmpty() || b.isEmpty()) {
            return pebble(left, right);
        }
        try {
            checkSize(a.get());
            checkSize(b.get());
            return TemplateValues.tidy(checkSize(switch (operation) {
                case ADD -> a.get().add(b.get());
                case SUBTRACT -> a.get().subtract(b.get());
                case MULTIPLY -> a.get().multiply(b.get());
                case DIVIDE -> a.get().divide(b.get(), MathContext.DECIMAL64);
                case MODULUS -> a.get().remainder(b.get());
            }));
        } catch (ArithmeticException e) {
            throw new PebbleException(null, "Division by zero", getLineNumber(), null);
        }
    }

    private BigDecimal checkSize(BigDecimal number) {
        if (number.unscaledValue().bitLength() > MAX_BITS || Math.abs((long) number.scale()) > MAX_DIGITS) {
            throw RenderBudget.stop("A number grew beyond " + MAX_DIGITS + " digits", getLineNumber());
        }
        return number;
    }

    private Object pebble(Object left, Object right) {
        return switch (operation) {
            case ADD -> OperatorUtils.add(left, right);
            case SUBTRACT -> OperatorUtils.subtract(left, right);
            case MULTIPLY -> OperatorUtils.multiply(left, right);
            case DIVIDE -> OperatorUtils.divide(left, right);
            case MODULUS -> OperatorUtils.mod(left, right);
        };
    }
}
