package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.attributes.AttributeResolver;
import io.pebbletemplates.pebble.attributes.ResolvedAttribute;
import io.pebbletemplates.pebble.error.PebbleException;
import io.pebbletemplates.pebble.node.ArgumentsNode;
import io.pebbletemplates.pebble.node.ForNode;
import io.pebbletemplates.pebble.template.EvaluationContextImpl;

import java.util.List;
import java.util.Map;

/**
 * The only way a template reads into a value ({@code a.b}, {@code a['b']}, {@code a[0]}): a map's entry,
 * a list's element, a map entry's {@code key}/{@code value} while looping over a map, and the {@code loop}
 * variable as Twig has it ({@code index} from 1, {@code index0}, {@code revindex}, {@code revindex0},
 * {@code first}, {@code last}, {@code length}). Everything
 * else — a missing key, an index out of range, an attribute of text or a number — is nothing, and
 * renders empty (behaviour.md §11: a wrong path renders empty, it never throws).
 *
 * <p>No Java method is ever found or called: {@code a.getClass()}, {@code a.class} or
 * {@code a.toUpperCase()} read nothing, and the call syntax fails the render. It answers every lookup,
 * so Pebble's reflective resolver never runs (and is removed, see {@link SandboxCustomizer}).
 */
final class DataAttributes implements AttributeResolver {

    private static final ResolvedAttribute NOTHING = new ResolvedAttribute(null);

    @Override
    public ResolvedAttribute resolve(Object instance, Object attribute, Object[] arguments, ArgumentsNode argumentsNode,
                                     EvaluationContextImpl context, String filename, int lineNumber) {
        if (argumentsNode != null) {
            throw new PebbleException(null, "Templates cannot call methods: '" + attribute
                    + "(…)' is not available; use a filter or function instead", lineNumber, null);
        }
        Object value = switch (instance) {
            case Map<?, ?> map -> entry(map, attribute);
            case List<?> list -> element(list, attribute);
            case Map.Entry<?, ?> entry -> switch (String.valueOf(attribute)) {
                case "key" -> entry.getKey();
                case "value" -> entry.getValue();
                default -> null;
            };
            case ForNode.LoopVariables loop -> switch (String.valueOf(attribute)) {
                // Twig's loop variable: index and revindex count from 1, index0 and revindex0 from 0.
                case "index" -> loop.getIndex() + 1;
                case "index0" -> loop.getIndex();
                case "revindex" -> loop.getRevindex().intValue() + 1;
                case "revindex0" -> loop.getRevindex().intValue();
                case "first" -> loop.isFirst();
                case "last" -> loop.isLast();
                case "length" -> loop.getLength().intValue();
                default -> null;
            };
            case null, default -> null;
        };
        return value == null ? NOTHING : new ResolvedAttribute(value);
    }

    private static Object entry(Map<?, ?> map, Object attribute) {
        Object value = map.get(attribute);
        if (value == null && attribute instanceof Number number) {
            // Keys of __data are text: __data[0] reads the first element of a top-level JSON array ("0").
            value = map.get(Long.toString(number.longValue()));
        }
        if (value == null && !(attribute instanceof String)) {
            value = map.get(String.valueOf(attribute));
        }
        return value;
    }

    private static Object element(List<?> list, Object attribute) {
        long index;
        if (attribute instanceof Number number) {
            index = number.longValue();
        } else {
            try {
                index = Long.parseLong(String.valueOf(attribute));
            } catch (NumberFormatException notAnIndex) {
                return null;
            }
        }
        return index >= 0 && index < list.size() ? list.get((int) index) : null;
    }
}
