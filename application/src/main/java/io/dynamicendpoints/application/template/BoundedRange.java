package io.dynamicendpoints.application.template;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code range(start, end, step = 1)} and the {@code a..b} operator: the numbers (or single letters)
 * from start to end, both included. Replaces Pebble's, which builds the whole list first: a range longer
 * than one render may loop is refused before it is built.
 */
final class BoundedRange extends ScriptFunction {

    BoundedRange() {
        super("range");
    }

    @Override
    Object call(Arguments arguments) {
        long step = arguments.has(2) ? arguments.integer(2, 1) : 1;
        if (step == 0) {
            throw new IllegalArgumentException("the step cannot be 0");
        }
        Object start = arguments.required(0, "the start");
        Object end = arguments.required(1, "the end");
        if (start instanceof String first && end instanceof String last && first.length() == 1 && last.length() == 1
                && TemplateValues.number(first).isEmpty()) {
            List<Object> letters = new ArrayList<>();
            for (long c : numbers(first.charAt(0), last.charAt(0), step)) {
                RenderBudget.current().spend(0);
                letters.add(String.valueOf((char) c));
            }
            return letters;
        }
        long from = arguments.number(0).orElseThrow(() -> new IllegalArgumentException("the start must be a number"))
                .longValue();
        long to = arguments.number(1).orElseThrow(() -> new IllegalArgumentException("the end must be a number"))
                .longValue();
        return numbers(from, to, step);
    }

    private static List<Long> numbers(long from, long to, long step) {
        long count = step > 0 ? (to < from ? 0 : (to - from) / step + 1) : (to > from ? 0 : (from - to) / -step + 1);
        int limit = RenderBudget.current().maxLoopIterations();
        if (count > limit || count < 0) {
            throw RenderBudget.stop("range: the range has more than " + limit + " values, more than a render may loop", 0);
        }
        List<Long> numbers = new ArrayList<>((int) count);
        RenderBudget budget = RenderBudget.current();
        for (long i = 0; i < count; i++) {
            budget.spend(0);
            numbers.add(from + i * step);
        }
        return numbers;
    }
}
