package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A function of the scripting language (docs/scripting.md), usable both ways: as a function,
 * {@code formatCurrency(x, "€")}, and as a filter, where the filtered value is the first argument,
 * {@code x|formatCurrency("€")}. Arguments are positional.
 *
 * <p>Conventions every function keeps: a value that is missing or of the wrong kind (a path that does
 * not exist, text where a number belongs) gives nothing, so it renders empty, like a wrong path; an
 * argument the template's author got wrong (an unknown algorithm, a bad format) fails the render with a
 * message naming the function. Each call is charged to the render's {@link RenderBudget}.
 */
abstract class ScriptFunction implements Function, Filter {

    private final String name;

    ScriptFunction(String name) {
        this.name = name;
    }

    String name() {
        return name;
    }

    /** The result, or null for "nothing". @throws IllegalArgumentException for a mistake of the template's author */
    abstract Object call(Arguments arguments);

    @Override
    public final List<String> getArgumentNames() {
        return null; // positional, any number
    }

    @Override
    public final Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        return invoke(positional(null, false, args), lineNumber);
    }

    @Override
    public final Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
                              int lineNumber) {
        return invoke(positional(input, true, args), lineNumber);
    }

    private Object invoke(List<Object> values, int lineNumber) {
        RenderBudget budget = RenderBudget.current();
        budget.checkTime(lineNumber);
        try {
            return budget.checkSize(call(new Arguments(name, values)), lineNumber);
        } catch (BudgetExceeded e) {
            // A limit reached inside the function, which did not know the line.
            throw e.getLineNumber() == null ? e.atLine(lineNumber) : e;
        } catch (PebbleException e) {
            throw e.getLineNumber() == null ? new PebbleException(null, e.getPebbleMessage(), lineNumber, null) : e;
        } catch (IllegalArgumentException | IllegalStateException | ArithmeticException e) {
            throw new PebbleException(e, name + ": " + e.getMessage(), lineNumber, null);
        }
    }

    private static List<Object> positional(Object input, boolean filtered, Map<String, Object> args) {
        List<Object> values = new ArrayList<>(args.size() + 1);
        if (filtered) {
            values.add(input);
        }
        for (int i = 0; args.containsKey(Integer.toString(i)); i++) {
            values.add(args.get(Integer.toString(i)));
        }
        return values;
    }
}
