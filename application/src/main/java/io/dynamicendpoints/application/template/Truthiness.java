package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.BodyNode;
import io.pebbletemplates.pebble.node.IfNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.BinaryExpression;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.node.expression.UnaryExpression;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.operator.UnaryOperator;
import io.pebbletemplates.pebble.operator.UnaryOperatorImpl;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.IfTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;
import io.pebbletemplates.pebble.utils.Pair;

import java.util.ArrayList;
import java.util.List;

/**
 * What counts as true in {@code if}, {@code and}, {@code or} and {@code not}: Twig's (PHP's) rule, so
 * {@code {% if __data.items %}} asks "is there anything?" for a list as for text. False are: nothing,
 * {@code false}, {@code 0}, empty text, {@code "0"}, an empty list or map; everything else is true.
 * Pebble accepts only booleans, numbers and text there, and fails on a list.
 */
final class Truthiness {

    private Truthiness() {
    }

    static boolean isTrue(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean bool -> bool;
            case Number number -> TemplateValues.number(number).map(n -> n.signum() != 0).orElse(true);
            default -> {
                if (TemplateValues.isEmpty(value)) {
                    yield false;
                }
                yield !(value instanceof CharSequence || value instanceof SafeString)
                        || !TemplateValues.text(value).equals("0");
            }
        };
    }

    static List<BinaryOperator> binaryOperators() {
        return List.of(
                new BinaryOperatorImpl("or", 10, () -> new Logic(false), BinaryOperatorType.NORMAL, Associativity.LEFT),
                new BinaryOperatorImpl("and", 15, () -> new Logic(true), BinaryOperatorType.NORMAL, Associativity.LEFT));
    }

    static UnaryOperator not() {
        return new UnaryOperatorImpl("not", 500, Not.class);
    }

    /** The {@code if} tag, parsed by Pebble, with each condition read by {@link #isTrue}. */
    static final class Conditions implements TokenParser {

        private final IfTokenParser pebble = new IfTokenParser();

        @Override
        public String getTag() {
            return pebble.getTag();
        }

        @Override
        public RenderableNode parse(Token token, Parser parser) {
            IfNode node = (IfNode) pebble.parse(token, parser);
            List<Pair<Expression<?>, BodyNode>> conditions = node.getConditionsWithBodies().stream()
                    .<Pair<Expression<?>, BodyNode>>map(pair ->
                            new Pair<>(new Condition(pair.getLeft()), pair.getRight()))
                    .toList();
            return new IfNode(node.getLineNumber(), new ArrayList<>(conditions), node.getElseBody());
        }
    }

    private record Condition(Expression<?> expression) implements Expression<Boolean> {

        @Override
        public Boolean evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            return isTrue(expression.evaluate(self, context));
        }

        @Override
        public void accept(NodeVisitor visitor) {
            expression.accept(visitor);
        }

        @Override
        public int getLineNumber() {
            return expression.getLineNumber();
        }
    }

    /** {@code and} / {@code or}, short-circuiting, on any values. */
    private static final class Logic extends BinaryExpression<Boolean> {

        private final boolean and;

        Logic(boolean and) {
            this.and = and;
        }

        @Override
        public Boolean evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            boolean left = isTrue(getLeftExpression().evaluate(self, context));
            if (and != left) {
                return left; // false and …, true or …
            }
            return isTrue(getRightExpression().evaluate(self, context));
        }
    }

    /** {@code not}, on any value. Public only because Pebble creates unary operator nodes by reflection. */
    public static final class Not extends UnaryExpression {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            return !isTrue(getChildExpression().evaluate(self, context));
        }
    }
}
