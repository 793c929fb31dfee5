package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.util.Collection;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What is left of one render's {@link TemplateLimits}: loop iterations, time, and the size of each value.
 * The loop, the {@code set} tag, {@code ~} and every filter and function draw on it, so a runaway
 * template stops with a clear message wherever it runs away.
 *
 * <p>Time is checked between calls and, through {@link #spend}, inside every filter and function that
 * loops: one call on a large value (a replacement over megabytes, a sort of a long list) could otherwise
 * run for seconds past the limit. Values that grow are checked as they grow ({@link #checkLength},
 * {@link #checkElements}), so a result is abandoned as soon as it passes the size limit, not once built.
 *
 * <p>The budget of the render in progress is found through a thread-local: Pebble hands no per-render
 * state to filters and loop expressions, and a variable would be visible to the template itself
 * ({@code _context}). A render runs on one thread from start to end (the {@code parallel} tag is
 * not available), so the thread is the render.
 */
final class RenderBudget {

    private static final ThreadLocal<RenderBudget> CURRENT = new ThreadLocal<>();
    /** Outside a render (Pebble evaluates nothing at compile time today, but it may): no limits. */
    private static final RenderBudget UNLIMITED = new RenderBudget(null);

    /**
     * Units of work (characters or elements handled, comparisons made) between two looks at the clock:
     * a clock read costs tens of nanoseconds, so checking every unit would slow every filter, while a
     * thousand units take microseconds, so a call still notices the deadline almost at once.
     */
    static final int WORK_PER_CHECK = 1024;

    private final TemplateLimits limits;
    private final long deadline;
    private int iterations;
    private long work;

    private RenderBudget(TemplateLimits limits) {
        this.limits = limits;
        this.deadline = limits == null ? 0 : System.nanoTime() + limits.maxRenderTime().toNanos();
    }

    /** Runs one render with a fresh budget; a render nested in another (a template rendering a template) gets its own. */
    static <T> T render(TemplateLimits limits, Supplier<T> render) {
        RenderBudget outer = CURRENT.get();
        CURRENT.set(new RenderBudget(limits));
        try {
            return render.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The budget of the render in progress, or an unlimited one outside a render. */
    static RenderBudget current() {
        RenderBudget budget = CURRENT.get();
        return budget == null ? UNLIMITED : budget;
    }

    int maxValueSize() {
        return limits == null ? Integer.MAX_VALUE : limits.maxValueSize();
    }

    int maxOutputChars() {
        return limits == null ? Integer.MAX_VALUE : limits.maxOutputChars();
    }

    int maxLoopIterations() {
        return limits == null ? Integer.MAX_VALUE : limits.maxLoopIterations();
    }

    /** One more loop iteration. */
    void iterate(int lineNumber) {
        if (limits == null) {
            return;
        }
        if (++iterations > limits.maxLoopIterations()) {
            throw stop("Loops ran more than " + limits.maxLoopIterations() + " times in one render", lineNumber);
        }
        checkTime(lineNumber);
    }

    void checkTime(int lineNumber) {
        if (limits != null && System.nanoTime() - deadline > 0) {
            throw stop("The template took longer than " + limits.maxRenderTime().toMillis() + " ms to render", lineNumber);
        }
    }

    /**
     * Counts work done inside a call and looks at the clock every {@link #WORK_PER_CHECK} units: the
     * way a filter's loop stays within the render's time.
     */
    void spend(long units, int lineNumber) {
        if (limits == null) {
            return; // the shared unlimited budget keeps no count: it may be used by many threads
        }
        work += units;
        if (work >= WORK_PER_CHECK) {
            work = 0;
            checkTime(lineNumber);
        }
    }

    /** {@link #spend} for one unit, the common case in a loop over characters or elements. */
    void spend(int lineNumber) {
        spend(1, lineNumber);
    }

    /** Fails when a value is larger than one value may be: a string's characters, a list's or map's elements. */
    <T> T checkSize(T value, int lineNumber) {
        int size = sizeOf(value);
        if (size > maxValueSize()) {
            throw stop("A value grew beyond " + limits.maxValueSize() + (value instanceof Collection<?>
                    || value instanceof Map<?, ?> ? " elements" : " characters"), lineNumber);
        }
        return value;
    }

    /** Fails when text being built would pass the value size. */
    void checkLength(long length, int lineNumber) {
        if (length > maxValueSize()) {
            throw stop("A value grew beyond " + limits.maxValueSize() + " characters", lineNumber);
        }
    }

    /** Fails when a list or map being built would pass the value size. */
    void checkElements(long count, int lineNumber) {
        if (count > maxValueSize()) {
            throw stop("A value grew beyond " + limits.maxValueSize() + " elements", lineNumber);
        }
    }

    private static int sizeOf(Object value) {
        return switch (value) {
            case CharSequence text -> text.length();
            case SafeString safe -> safe.toString().length();
            case Collection<?> collection -> collection.size();
            case Map<?, ?> map -> map.size();
            case null, default -> 0;
        };
    }

    /** The error that stops a render; a line of 0 means "unknown here" (the calling function adds its own). */
    static BudgetExceeded stop(String message, int lineNumber) {
        return new BudgetExceeded(message, lineNumber > 0 ? lineNumber : null);
    }
}
