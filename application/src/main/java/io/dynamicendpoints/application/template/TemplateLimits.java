package io.dynamicendpoints.application.template;

import java.time.Duration;

/**
 * How far one render of a template may go before it is stopped with a {@link TemplateException}: a
 * template is written by an admin, but a mistake in it (a loop over a huge range, a string doubled in
 * a loop) must cost one failed reply, not a stuck thread or the process's memory.
 *
 * @param maxOutputChars    characters one render may write
 * @param maxValueSize      characters of one string, or elements of one list or map, that an expression
 *                          may produce ({@code ~}, filters, functions, {@code set})
 * @param maxLoopIterations iterations of all {@code for} loops of one render together
 * @param maxRenderTime     wall-clock time of one render, checked at every loop iteration and function call
 *                          and, every 1,024 units of work, inside each filter and function that loops
 */
public record TemplateLimits(int maxOutputChars, int maxValueSize, int maxLoopIterations, Duration maxRenderTime) {

    public TemplateLimits {
        if (maxOutputChars <= 0 || maxValueSize <= 0 || maxLoopIterations <= 0) {
            throw new IllegalArgumentException("Template limits must be positive");
        }
        if (maxRenderTime == null || maxRenderTime.isNegative() || maxRenderTime.isZero()) {
            throw new IllegalArgumentException("The render time limit must be positive");
        }
    }

    /**
     * Room for echoing a whole 10 MiB body and for loops over any list a body can carry, far below what
     * would hurt the process: 16 Mi characters out and per value, 100 000 iterations, 2 seconds.
     */
    public static TemplateLimits defaults() {
        return new TemplateLimits(16 * 1024 * 1024, 16 * 1024 * 1024, 100_000, Duration.ofSeconds(2));
    }
}
