package io.dynamicendpoints.application.template;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.time.Clock;
import java.time.Duration;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Issue 28: a single filter or function call on a large value must not run on past the render's time
 * limit, and a value that grows must stop at the size limit while it grows, not once built. Every
 * hostile shape here would run for seconds to hours (or exhaust the heap) without the checks inside
 * the calls; each must fail as a {@link TemplateBudgetException}.
 *
 * <p>Timings are not asserted tightly (speed goals live in benchmarks): a render must merely stop long
 * before it could have finished, here within five times its budget.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TemplateBudgetTest {

    private static final Duration BUDGET = Duration.ofMillis(200);
    private static final Duration BOUNDED = BUDGET.multipliedBy(5);

    /** Room for large values, so that time is what stops the shapes about time. */
    private final TemplateEngine timed = new TemplateEngine(Clock.systemUTC(),
            new TemplateLimits(64 * 1024 * 1024, 64 * 1024 * 1024, 10_000_000, BUDGET));

    /** A small value size, so that growth is what stops the shapes about size. */
    private final TemplateEngine small = new TemplateEngine(Clock.systemUTC(),
            new TemplateLimits(10_000, 10_000, 10_000, Duration.ofSeconds(30)));

    /** Room for large values and time, for results to compare. */
    private final TemplateEngine roomy = new TemplateEngine(Clock.systemUTC(),
            new TemplateLimits(64 * 1024 * 1024, 64 * 1024 * 1024, 10_000_000, Duration.ofSeconds(30)));

    private static Throwable render(TemplateEngine engine, String template, Map<String, Object> data) {
        return catchThrowable(() -> engine.compile(template).render(Map.of("__data", data)));
    }

    /** Renders, and checks the render failed on its budget within {@link #BOUNDED}. */
    private Throwable stopsWithinBudget(String template, Map<String, Object> data) {
        long start = System.nanoTime();
        Throwable failure = render(timed, template, data);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(failure).isInstanceOf(TemplateBudgetException.class);
        assertThat(took).isLessThan(BOUNDED);
        return failure;
    }

    private static Map<String, Object> data(Object... pairs) {
        Map<String, Object> data = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            data.put((String) pairs[i], pairs[i + 1]);
        }
        return data;
    }

    @Nested
    class TimeInsideOneCall {

        @Test
        void aReplacementWithALongAlmostMatchingKeyStops() {
            // 4 M positions, each compared with a 50 000-character key: hours of work in one call.
            String text = "a".repeat(4_000_000);
            String key = "a".repeat(50_000) + "b";

            Throwable failure = stopsWithinBudget("{{ __data.t|replace({(__data.k): 'x'})|length }}",
                    data("t", text, "k", key));

            assertThat(failure).hasMessageContaining("took longer than 200 ms");
        }

        @Test
        void aListDoubledByMergeStops() {
            stopsWithinBudget("{% set l = [1, 2, 3, 4, 5, 6, 7, 8] %}{% for i in 1..64 %}{% set l = l|merge(l) %}"
                    + "{% endfor %}{{ l|length }}", data());
        }

        @Test
        void aSortOfALongListStops() {
            stopsWithinBudget("{{ __data.l|sort|rsort|sort|rsort|sort|rsort|first }}", data("l", distinctTexts(1_000_000)));
        }

        @Test
        void aSplitIntoMillionsOfPartsStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set p = __data.t|split('') %}{% endfor %}",
                    data("t", "ab".repeat(2_000_000)));
        }

        @Test
        void aJoinOfALongListStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set t = __data.l|join(',') %}{% endfor %}",
                    data("l", distinctTexts(1_000_000)));
        }

        @Test
        void jsonOfALongListStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set t = __data.l|json_encode %}"
                    + "{% set l = jsonDecode(t) %}{% endfor %}", data("l", distinctTexts(1_000_000)));
        }

        @Test
        void keysAndReverseOfALongListStop() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set k = __data.l|keys|reverse|slice(1) %}{% endfor %}",
                    data("l", distinctTexts(1_000_000)));
        }

        @Test
        void changingTheCaseOfHugeTextStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set t = __data.t|upper|lower|title|capitalize|urlencode %}"
                    + "{% endfor %}", data("t", "ab cd ".repeat(2_000_000)));
        }

        @Test
        void concatenatingHugeTextStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set t = __data.t ~ __data.t ~ __data.t %}{% endfor %}",
                    data("t", "x".repeat(16_000_000)));
        }

        @Test
        void escapingHugeTextStops() {
            stopsWithinBudget("{% for i in 1..1000 %}{% set t = __data.t|escape %}{% endfor %}",
                    data("t", "<&>\"".repeat(1_000_000)));
        }

        @Test
        void aNumberSquaredInALoopStopsAtItsSize() {
            Throwable failure = render(timed, "{% set x = 12345 %}{% for i in 1..40 %}{% set x = x * x %}{% endfor %}{{ x }}",
                    data());

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A number grew beyond 1200 digits (line 1)");
            assertThat(timed.compile("{{ __data.n * __data.n % 7 }}").render(Map.of("__data", data("n", "9".repeat(400)))))
                    .isNotEmpty();
        }

        @Test
        void theLargestOfALongListOfNumbersStops() {
            List<String> numbers = new ArrayList<>();
            for (int i = 0; i < 1_000_000; i++) {
                numbers.add("1" + i + ".5");
            }
            stopsWithinBudget("{% for i in 1..1000 %}{% set m = max(__data.l) %}{% set m = min(__data.l) %}{% endfor %}",
                    data("l", numbers));
        }

        @Test
        void aHugeRangeStops() {
            stopsWithinBudget("{% for i in 1..1000000 %}{% set r = range(1, 5000000) %}{% endfor %}", data());
        }
    }

    @Nested
    class SizeWhileGrowing {

        @Test
        void aReplacementThatWouldBeATrillionCharactersStopsAtTheLimit() {
            Throwable failure = render(small, "{{ __data.t|replace({'a': __data.r})|length }}",
                    data("t", "a".repeat(100_000), "r", "b".repeat(9_000)));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A value grew beyond 10000 characters (line 1)");
        }

        @Test
        void aJoinReadsNoMoreElementsThanFitTheLimit() {
            CountingList list = new CountingList(1_000_000, "0123456789".repeat(10));

            Throwable failure = render(small, "{{ __data.l|join }}", data("l", list));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class);
            // 100 elements of 100 characters fill the limit; the next one is the chunk that passes it.
            assertThat(list.texts.get()).isLessThanOrEqualTo(101);
        }

        @Test
        void aMergeLargerThanTheLimitIsRefusedBeforeCopying() {
            CountingList list = new CountingList(6_000, "x");

            Throwable failure = render(small, "{{ __data.l|merge(__data.l)|length }}", data("l", list));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A value grew beyond 10000 elements (line 1)");
            assertThat(list.reads.get()).isZero();
        }

        @Test
        void jsonStopsAtTheLimitWhileWriting() {
            CountingList list = new CountingList(1_000_000, "0123456789".repeat(10));

            Throwable failure = render(small, "{{ __data.l|json_encode }}", data("l", list));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class);
            assertThat(list.texts.get()).isLessThanOrEqualTo(101);
        }

        @Test
        void aSplitStopsAtTheLimitOfParts() {
            Throwable failure = render(small, "{{ __data.t|split(',')|length }}", data("t", ",".repeat(1_000_000)));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A value grew beyond 10000 elements (line 1)");
        }

        @Test
        void separatorsOfAFormattedNumberStopAtTheLimit() {
            Throwable failure = render(small, "{{ number_format(__data.n, 0, '.', __data.s)|length }}",
                    data("n", "9".repeat(300), "s", "x".repeat(9_000)));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A value grew beyond 10000 characters (line 1)");
        }

        @Test
        void encodingsThatLengthenTextStopAtTheLimit() {
            for (String template : List.of("{{ __data.t|urlencode|length }}", "{{ __data.t|upper|length }}",
                    "{{ __data.t|base64encode|length }}", "{{ __data.t|json_encode|length }}")) {
                Throwable failure = render(small, template, data("t", "ß\u0001".repeat(4_000)));

                assertThat(failure).as(template).isInstanceOf(TemplateBudgetException.class)
                        .hasMessageContaining("A value grew beyond 10000 characters");
            }
        }

        @Test
        void wildcardsOverAListHoldingItselfManyTimesStopAtTheLimit() {
            // 64 references to one list of 64 references…: three wildcards would select 16 M elements.
            Throwable failure = render(small, "{% set a = range(1, 64) %}{% set b = [] %}{% set c = [] %}"
                    + "{% for i in 1..64 %}{% set b = b|merge([a]) %}{% endfor %}"
                    + "{% for i in 1..64 %}{% set c = c|merge([b]) %}{% endfor %}"
                    + "{{ jsonPath(c, '$[*][*][*]')|length }}", data());

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessage("A value grew beyond 10000 elements (line 1)");
        }

        @Test
        void aDateFormatOfManyLongLettersStopsAtTheLimit() {
            Throwable failure = render(small, "{{ date('2024-01-01', __data.f)|length }}", data("f", "c".repeat(9_000)));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessageContaining("A value grew beyond 10000 characters");
        }

        @Test
        void aListPrintedWholeStopsAtTheLimitInEveryOutput() {
            // A million references to one text: Java's toString would build 9 G characters first.
            List<String> aliases = java.util.Collections.nCopies(1_000_000, "x".repeat(9_000));

            for (String template : List.of("{{ __data.l }}", "{{ __data.l|raw }}", "{% autoescape 'html' %}{{ __data.l }}{% endautoescape %}")) {
                Throwable failure = render(small, template, data("l", aliases));

                assertThat(failure).as(template).isInstanceOf(TemplateBudgetException.class)
                        .hasMessageContaining("grew beyond 10000 characters");
            }
            assertThat(small.compile("{{ __data.l }} {{ __data.l|raw }} {{ __data.m }}")
                    .render(Map.of("__data", data("l", List.of(1, "a"), "m", Map.of("k", "v")))))
                    .isEqualTo("[1, a] [1, a] {k=v}");
        }

        @Test
        void aListPrintedAsTextStopsAtTheLimit() {
            List<String> aliases = java.util.Collections.nCopies(1_000, "x".repeat(9_000));

            Throwable failure = render(small, "{{ ('' ~ __data.l)|length }}", data("l", aliases));

            assertThat(failure).isInstanceOf(TemplateBudgetException.class)
                    .hasMessageContaining("A value grew beyond 10000 characters");
        }
    }

    @Test
    void withinTheLimitsTheBoundedFiltersGiveTheUsualResults() {
        Map<String, Object> values = data("l", List.of("b", "10", "a", "9"), "t", "ß é");

        assertThat(small.compile("{{ __data.l|sort|join(',') }} {{ __data.l|rsort|join(',') }} {{ __data.t|upper }} "
                + "{{ __data.t|urlencode }} {{ __data.t|base64encode }} {{ {'a': 1}|merge({'b': 2})|keys|join }}")
                .render(Map.of("__data", values)))
                .isEqualTo("9,10,a,b b,a,10,9 SS É %C3%9F+%C3%A9 w58gw6k= ab");
    }

    @Test
    void longTextIsConvertedPieceByPieceWithTheWholeTextsResult() {
        String text = ("ΟΔΟΣ ΣΑΣ abc ß " + "x".repeat(1_000)).repeat(100) + "\uD83D\uDE00".repeat(20_000);
        Map<String, Object> values = data("t", text);

        assertThat(roomy.compile("{{ __data.t|lower }}").render(Map.of("__data", values)))
                .isEqualTo(text.toLowerCase(java.util.Locale.ROOT));
        assertThat(roomy.compile("{{ __data.t|upper }}").render(Map.of("__data", values)))
                .isEqualTo(text.toUpperCase(java.util.Locale.ROOT));
        assertThat(roomy.compile("{{ __data.t|urlencode }}").render(Map.of("__data", values)))
                .isEqualTo(java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8));
    }

    private static List<String> distinctTexts(int count) {
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add("k" + Integer.toString((int) ((i * 2_654_435_761L) % count), 36));
        }
        return texts;
    }

    /** A list whose reads are counted, and whose elements count how often they are turned into text. */
    private static final class CountingList extends AbstractList<Object> {

        final AtomicInteger reads = new AtomicInteger();
        final AtomicInteger texts = new AtomicInteger();
        private final int size;
        private final String text;

        CountingList(int size, String text) {
            this.size = size;
            this.text = text;
        }

        @Override
        public Object get(int index) {
            reads.incrementAndGet();
            return new Object() {
                @Override
                public String toString() {
                    texts.incrementAndGet();
                    return text;
                }
            };
        }

        @Override
        public int size() {
            return size;
        }
    }
}
