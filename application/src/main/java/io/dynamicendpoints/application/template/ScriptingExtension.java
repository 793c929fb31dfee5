package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.UnaryOperator;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The product's function library (behaviour.md §11, docs/scripting.md) on top of Pebble's built-ins:
 * numbers, dates, JSON, ids, text and security functions. Each is one {@link ScriptFunction}; most work
 * both as a function and as a filter. Where a Pebble built-in of the same name behaves unlike Twig
 * ({@code date}, {@code default}, {@code length}, {@code reverse}, {@code slice}, {@code join}, {@code split}, {@code replace},
 * {@code min}, {@code max}, {@code range}), or loops or grows its value in one call the render's budget
 * cannot stop ({@code merge}, {@code sort}, {@code rsort}, {@code upper}, {@code lower}, {@code capitalize},
 * {@code title}, {@code urlencode}, {@code base64encode}, {@code raw}), ours replaces it, and so do the arithmetic, comparison and
 * logic operators and the {@code if} tag ({@link Arithmetic}, {@link Comparison}, {@link Truthiness}),
 * which read values the way PHP does.
 */
final class ScriptingExtension extends AbstractExtension {

    private final Map<String, Function> functions = new LinkedHashMap<>();
    private final Map<String, Filter> filters = new LinkedHashMap<>();

    ScriptingExtension(Clock clock) {
        TemplateDates dates = new TemplateDates(clock);
        both(new FormatCurrency());
        both(new NumberFormat("number_format"));
        both(new NumberFormat("numberFormat"));
        both(new Round());
        function(Extremum.min());
        function(Extremum.max());
        function(new Now(dates));
        both(new DateFormat(dates));
        both(new DateAdd(dates));
        function(new DaysBetween(dates));
        both(new JsonDecode("jsonDecode"));
        both(new JsonDecode("json_decode"));
        both(new JsonEncode("json_encode"));
        both(new JsonEncode("jsonEncode"));
        both(new JsonPath());
        function(new Uuid());
        function(new Coalesce());
        both(new Truncate());
        function(new HashHmac());
        function(new JwtEncode());
        function(new JwtDecode(clock));
        both(new Keys());
        filter(new Length());
        filter(new DefaultValue());
        filter(new Reverse());
        filter(new Slice());
        filter(new Join());
        filter(new Split());
        filter(new Replace());
        function(new BoundedRange());
        // Pebble's own filters that loop or grow their value, redone to stay within the render's budget.
        filter(new Merge());
        filter(Sort.ascending());
        filter(Sort.descending());
        filter(TextCase.upper());
        filter(TextCase.lower());
        filter(TextCase.capitalize());
        filter(TextCase.title());
        filter(new UrlEncode());
        filter(new Base64Encode());
        filter(new Raw());
    }

    /** Every name a template can call, for the documentation test. */
    List<String> functionNames() {
        return List.copyOf(functions.keySet());
    }

    List<String> filterNames() {
        return List.copyOf(filters.keySet());
    }

    @Override
    public List<TokenParser> getTokenParsers() {
        return List.of(new Truthiness.Conditions());
    }

    @Override
    public List<BinaryOperator> getBinaryOperators() {
        List<BinaryOperator> operators = new ArrayList<>(Arithmetic.operators());
        operators.addAll(Comparison.operators());
        operators.addAll(Truthiness.binaryOperators());
        return operators;
    }

    @Override
    public List<UnaryOperator> getUnaryOperators() {
        return List.of(Negation.operator(), Truthiness.not());
    }

    @Override
    public Map<String, Function> getFunctions() {
        return functions;
    }

    @Override
    public Map<String, Filter> getFilters() {
        return filters;
    }

    private void both(ScriptFunction function) {
        function(function);
        filter(function);
    }

    private void function(ScriptFunction function) {
        functions.put(function.name(), function);
    }

    private void filter(ScriptFunction function) {
        filters.put(function.name(), function);
    }
}
