package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.AbstractNodeVisitor;
import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.node.PrintNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

import java.util.Collection;
import java.util.Map;

/**
 * Every {@code {{ … }}} of a template, with a printed list or map turned into text within the value size
 * ({@link TemplateValues#text}) rather than by Java's {@code toString}, which nothing bounds: a list
 * holding one long text a million times would otherwise be built whole before the output's limit saw
 * any of it.
 */
final class PrintedValues extends AbstractNodeVisitor {

    PrintedValues(PebbleTemplateImpl template) {
        super(template);
    }

    static NodeVisitor of(PebbleTemplate template) {
        return new PrintedValues((PebbleTemplateImpl) template);
    }

    @Override
    public void visit(PrintNode node) {
        node.setExpression(new AsText(node.getExpression()));
    }

    private record AsText(Expression<?> value) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            Object result = value.evaluate(self, context);
            return result instanceof Collection<?> || result instanceof Map<?, ?> ? TemplateValues.text(result) : result;
        }

        @Override
        public void accept(NodeVisitor visitor) {
            value.accept(visitor);
        }

        @Override
        public int getLineNumber() {
            return value.getLineNumber();
        }
    }
}
