package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.error.PebbleException;

/**
 * A render stopped by its {@link TemplateLimits} (time, loop iterations, size of a value or of the
 * output), as opposed to a template that is wrong. Its own type so that the stop survives Pebble's
 * handling as what it is, and reaches callers as a {@link TemplateBudgetException}.
 */
final class BudgetExceeded extends PebbleException {

    BudgetExceeded(String message, Integer lineNumber) {
        super(null, message, lineNumber, null);
    }

    /** The same stop, placed at the line of the call that reached the limit. */
    BudgetExceeded atLine(int lineNumber) {
        return new BudgetExceeded(getPebbleMessage(), lineNumber > 0 ? lineNumber : null);
    }
}
