package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.operator.UnaryOperator;
import io.pebbletemplates.pebble.operator.UnaryOperatorImpl;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.utils.OperatorUtils;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Unary {@code -}, reading numeric text as a number like {@link Arithmetic} ({@code -__data.qty} with
 * {@code "3"} is -3). Public only because Pebble creates unary operator nodes by reflection.
 */
public final class Negation extends UnaryExpression {

    /** Pebble's precedence for unary operators. */
    private static final int PRECEDENCE = 500;

    static UnaryOperator operator() {
        return new UnaryOperatorImpl("-", PRECEDENCE, Negation.class);
    }

    @Override
    public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        Object value = getChildExpression().evaluate(self, context);
        Optional<BigDecimal> number = value == null ? Optional.of(BigDecimal.ZERO) : TemplateValues.number(value);
        return number.<Object>map(n -> TemplateValues.tidy(n.negate())).orElseGet(() -> OperatorUtils.unaryMinus(value));
    }
}
