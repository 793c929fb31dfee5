package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.node.expression.ConcatenateExpression;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;
import io.pebbletemplates.pebble.template.PebbleTemplateImpl;

/** Pebble's {@code ~}, refusing to build text longer than one value may be ({@link RenderBudget}). */
final class BoundedConcatenation extends ConcatenateExpression {

    @Override
    public String evaluate(PebbleTemplateImpl self, EvaluationContextImpl context) {
        Object left = getLeftExpression().evaluate(self, context);
        Object right = getRightExpression().evaluate(self, context);
        String leftText = left == null ? "" : TemplateValues.text(left);
        String rightText = right == null ? "" : TemplateValues.text(right);
        RenderBudget budget = RenderBudget.current();
        budget.checkLength((long) leftText.length() + rightText.length(), getLineNumber());
        budget.spend((long) leftText.length() + rightText.length(), getLineNumber());
        return leftText + rightText;
    }
}
