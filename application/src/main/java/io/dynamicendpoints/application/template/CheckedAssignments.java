package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.NodeVisitor;
import io.pebbletemplates.pebble.lexer.Token;
import io.pebbletemplates.pebble.node.RenderableNode;
import io.pebbletemplates.pebble.node.SetNode;
import io.pebbletemplates.pebble.node.expression.Expression;
import io.pebbletemplates.pebble.parser.Parser;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;
import io.pebbletemplates.pebble.tokenParser.SetTokenParser;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

/**
 * The {@code set} tag, parsed by Pebble, with the assigned value checked against the render's
 * {@link RenderBudget}: a value that doubles on every loop iteration stops at the size limit instead
 * of exhausting memory.
 */
final class CheckedAssignments implements TokenParser {

    private final SetTokenParser pebble = new SetTokenParser();

    @Override
    public String getTag() {
        return pebble.getTag();
    }

    @Override
    public RenderableNode parse(Token token, Parser parser) {
        SetNode assignment = (SetNode) pebble.parse(token, parser);
        return new SetNode(assignment.getLineNumber(), assignment.getName(),
                new SizeChecked(assignment.getValue(), assignment.getLineNumber()));
    }

    private record SizeChecked(Expression<?> value, int lineNumber) implements Expression<Object> {

        @Override
        public Object evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
            return RenderBudget.current().checkSize(value.evaluate(self, context), lineNumber);
        }

        @Override
        public void accept(NodeVisitor visitor) {
            value.accept(visitor);
        }

        @Override
        public int getLineNumber() {
            return lineNumber;
        }
    }
}
