package io.dynamicendpoints.application.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code min(…)} and {@code max(…)}: of their arguments, or of one list or map given alone
 * ({@code max([1, 5, 3])}, {@code max(__data.prices)}). Numbers and numeric text compare as numbers
 * ({@code max("10", "9")} is {@code "10"}); when any value is not numeric, all compare as text. Missing
 * values are skipped; nothing is left → nothing. The winning value is returned as it was given.
 */
final class Extremum extends ScriptFunction {

    private final boolean largest;

    private Extremum(String name, boolean largest) {
        super(name);
        this.largest = largest;
    }

    static Extremum min() {
        return new Extremum("min", false);
    }

    static Extremum max() {
        return new Extremum("max", true);
    }

    @Override
    Object call(Arguments arguments) {
        List<Object> candidates = new ArrayList<>(arguments.size() == 1
                ? TemplateValues.elements(arguments.value(0)) : arguments.values());
        candidates.removeIf(candidate -> candidate == null);
        if (candidates.isEmpty()) {
            return null;
        }
        // Reading text as a number is slow next to comparing: each candidate is charged to the render's time.
        RenderBudget budget = RenderBudget.current();
        boolean numeric = true;
        for (Object candidate : candidates) {
            budget.spend(16, 0);
            if (TemplateValues.number(candidate).isEmpty()) {
                numeric = false;
                break;
            }
        }
        Object best = candidates.getFirst();
        for (Object candidate : candidates.subList(1, candidates.size())) {
            budget.spend(16, 0);
            int comparison = numeric
                    ? number(candidate).compareTo(number(best))
                    : TemplateValues.text(candidate).compareTo(TemplateValues.text(best));
            if (largest ? comparison > 0 : comparison < 0) {
                best = candidate;
            }
        }
        return best;
    }

    private static BigDecimal number(Object value) {
        Optional<BigDecimal> number = TemplateValues.number(value);
        return number.orElseThrow();
    }
}
