package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.ForTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

import java.lang.reflect.Array;
import java.util.AbstractCollection;
import java.util.Arrays;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The {@code for} tag, parsed by Pebble, with every iteration drawn from the render's
 * {@link RenderBudget}: a loop over a huge range, or loops nested too deep, stop with a clear error.
 * Looping over nothing, or over something that is not a list or map (text, a number), runs no
 * iteration and takes the loop's {@code else}, as in Twig, instead of failing the render.
 */
final class CountedLoops implements TokenParser {

    private final ForTokenParser pebble = new ForTokenParser();

    @Override
    public String getTag() {
        return pebble.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        ForNode loop = (ForNode) pebble.parse(token, parser);
        return new ForNode(loop.getLineNumber(), loop.getIterationVariable(),
                new CountedIterable(loop.getIterable(), loop.getLineNumber()), loop.getBody(), loop.getElseBody());
    }

    /** The loop's subject, wrapped so that each step of its iterator is counted. */
    private record CountedIterable(Expression<?> subject, int lineNumber) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object value = subject.evaluate(self, context);
            Collection<?> elements = switch (value) {
                case null -> List.of(); // nothing to loop over: the loop's else runs, as in Twig
                case Collection<?> collection -> collection;
                case Map<?, ?> map -> map.entrySet();
                case Object array when array.getClass().isArray() -> arrayAsList(array);
                default -> List.of();
            };
            return new Counted(elements, RenderBudget.current(), lineNumber);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            subject.accept(visitor);
        }

        @Override
        public int getLineNumber() {
            return lineNumber;
        }

        private static List<Object> arrayAsList(Object array) {
            int length = Array.getLength(array);
            Object[] copy = new Object[length];
            for (int i = 0; i < length; i++) {
                copy[i] = Array.get(array, i);
            }
            return Arrays.asList(copy);
        }
    }

    /** A collection whose iterator charges the budget per element; its size is the loop's {@code loop.length}. */
    private static final class Counted extends AbstractCollection<Object> {

        private final Collection<?> elements;
        private final RenderBudget budget;
        private final int lineNumber;

        Counted(Collection<?> elements, RenderBudget budget, int lineNumber) {
            this.elements = elements;
            this.budget = budget;
            this.lineNumber = lineNumber;
        }

        @Override
        public Iterator<Object> iterator() {
            Iterator<?> iterator = elements.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return iterator.hasNext();
                }

                @Override
                public Object next() {
                    budget.iterate(lineNumber);
                    return iterator.next();
                }
            };
        }

        @Override
        public int size() {
            return elements.size();
        }
    }
}
