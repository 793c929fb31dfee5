package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.NodeVisitorFactory;
import io.pebbletemplates.pebble.operator.Associativity;
import io.pebbletemplates.pebble.operator.BinaryOperator;
import io.pebbletemplates.pebble.operator.BinaryOperatorImpl;
import io.pebbletemplates.pebble.operator.BinaryOperatorType;
import io.pebbletemplates.pebble.tokenParser.TokenParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The sandbox's part of the language: attribute access limited to data ({@link DataAttributes}), loops
 * and assignments charged to the render's budget ({@link CountedLoops}, {@link CheckedAssignments}),
 * {@code ~} and printed lists bounded ({@link BoundedConcatenation}, {@link PrintedValues}), and the tags that reach other templates, files,
 * threads or shared state refused ({@link ForbiddenTag}). Together with {@link SandboxCustomizer} and the
 * engine's method-access validator, a template reaches its variables and our functions, nothing else.
 */
final class SandboxExtension extends AbstractExtension {

    /** Pebble's precedence for {@code ~}. */
    private static final int CONCATENATION_PRECEDENCE = 110;

    @Override
    public List<TokenParser> getTokenParsers() {
        List<TokenParser> parsers = new ArrayList<>(ForbiddenTag.all());
        parsers.add(new CountedLoops());
        parsers.add(new CheckedAssignments());
        return parsers;
    }

    @Override
    public List<BinaryOperator> getBinaryOperators() {
        return List.of(new BinaryOperatorImpl("~", CONCATENATION_PRECEDENCE, BoundedConcatenation::new,
                BinaryOperatorType.NORMAL, Associativity.LEFT));
    }

    @Override
    public List<NodeVisitorFactory> getNodeVisitors() {
        return List.of(PrintedValues::of);
    }

    @Override
    public List<AttributeResolver> getAttributeResolver() {
        return List.of(new DataAttributes());
    }
}
