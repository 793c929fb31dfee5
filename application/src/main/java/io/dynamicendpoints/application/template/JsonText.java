package io.dynamicendpoints.application.template;

import io.pebbletemplates.pebble.extension.escaper.SafeString;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * JSON for templates ({@code json_encode}, {@code jsonDecode}, {@code jsonPath}, {@code jwtEncode} and
 * the {@code json} escaping strategy), written here because the application may not use a JSON library
 * and these needs are small: template values are maps, lists, text, numbers, booleans and null.
 *
 * <p>Writing escapes only what JSON requires ({@code "}, {@code \}, control characters), leaving
 * {@code /} and non-ASCII letters as they are. Reading follows RFC 8259 strictly, returns objects as
 * insertion-ordered maps and numbers as {@code Integer}/{@code Long}/{@code BigInteger} or
 * {@code Double}, like the request bodies the listener parses.
 *
 * <p>{@link #pretty} writes the same JSON indented, in the order maps hold their entries: the console
 * shows an exported workflow definition with it, so that it reads like the documentation's examples.
 */
public final class JsonText {

    private static final String INDENT = "  ";

    /** Deeper documents are refused: a template never needs them, a hostile text could overflow the stack. */
    static final int MAX_DEPTH = 512;

    private JsonText() {
    }

    /**
     * The value as JSON text, failing as soon as the text would pass {@code maxLength} characters and
     * charging the work to the render's time.
     */
    static String write(Object value, long maxLength) {
        BoundedText out = new BoundedText(RenderBudget.current(), maxLength);
        write(value, out, 0);
        return out.toString();
    }

    /** The value as indented JSON text (two spaces a level), empty maps and lists as {@code {}} and {@code []}. */
    public static String pretty(Object value) {
        BoundedText out = new BoundedText(RenderBudget.current(), Long.MAX_VALUE);
        pretty(value, out, "", 0);
        return out.toString();
    }

    private static void pretty(Object value, BoundedText out, String indent, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("The value is nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (value) {
            case null -> out.append("null");
            case Map<?, ?> map when !map.isEmpty() -> {
                out.append("{\n");
                int left = map.size();
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    out.append(indent).append(INDENT);
                    writeString(TemplateValues.text(entry.getKey()), out);
                    out.append(": ");
                    pretty(entry.getValue(), out, indent + INDENT, depth + 1);
                    out.append(--left > 0 ? ",\n" : "\n");
                }
                out.append(indent).append('}');
            }
            case Collection<?> list when !list.isEmpty() -> {
                out.append("[\n");
                int left = list.size();
                for (Object element : list) {
                    out.append(indent).append(INDENT);
                    pretty(element, out, indent + INDENT, depth + 1);
                    out.append(--left > 0 ? ",\n" : "\n");
                }
                out.append(indent).append(']');
            }
            default -> write(value, out, depth);
        }
    }

    /** The value a JSON text stands for. @throws IllegalArgumentException when the text is not JSON */
    static Object read(String text) {
        try {
            Reader reader = new Reader(text, RenderBudget.current());
            reader.skipWhitespace();
            Object value = reader.value(0);
            reader.skipWhitespace();
            if (!reader.atEnd()) {
                throw new IllegalArgumentException("text after the JSON value");
            }
            return value;
        } catch (IndexOutOfBoundsException endOfText) {
            throw new IllegalArgumentException("the JSON text ends too early");
        }
    }

    /**
     * Text made safe inside a JSON string literal (the {@code json} escaping strategy). Escaped text only
     * goes to the output, so it is bounded by the output's size.
     */
    static String escape(String text) {
        RenderBudget budget = RenderBudget.current();
        BoundedText out = new BoundedText(budget, budget.maxOutputChars());
        appendEscaped(text, out);
        return out.toString();
    }

    private static void write(Object value, BoundedText out, int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalArgumentException("The value is nested more than " + MAX_DEPTH + " levels deep");
        }
        switch (value) {
            case null -> out.append("null");
            case Boolean bool -> out.append(bool.toString());
            case Integer number -> out.append(number.toString());
            case Long number -> out.append(number.toString());
            case Short number -> out.append(number.toString());
            case Byte number -> out.append(number.toString());
            case BigInteger number -> out.append(number.toString());
            case BigDecimal number -> out.append(number.toPlainString());
            case Double number -> out.append(Double.isFinite(number) ? number.toString() : "null");
            case Float number -> out.append(Float.isFinite(number) ? number.toString() : "null");
            case Number number -> writeString(number.toString(), out);
            case Map<?, ?> map -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    writeString(TemplateValues.text(entry.getKey()), out);
                    out.append(':');
                    write(entry.getValue(), out, depth + 1);
                }
                out.append('}');
            }
            case Collection<?> list -> {
                out.append('[');
                boolean first = true;
                for (Object element : list) {
                    if (!first) {
                        out.append(',');
                    }
                    first = false;
                    write(element, out, depth + 1);
                }
                out.append(']');
            }
            case Map.Entry<?, ?> entry -> write(singleEntry(entry), out, depth);
            case TemporalAccessor time -> writeString(time.toString(), out);
            case SafeString safe -> writeString(safe.toString(), out);
            default -> writeString(String.valueOf(value), out);
        }
    }

    private static Map<Object, Object> singleEntry(Map.Entry<?, ?> entry) {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("key", entry.getKey());
        map.put("value", entry.getValue());
        return map;
    }

    private static void writeString(String text, BoundedText out) {
        out.append('"');
        appendEscaped(text, out);
        out.append('"');
    }

    private static void appendEscaped(String text, BoundedText out) {
        int run = 0; // start of the characters that need no escaping, appended in one piece
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String escaped = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escaped != null) {
                out.append(text, run, i).append(escaped);
                run = i + 1;
            }
        }
        out.append(text, run, text.length());
    }

    /** A strict RFC 8259 reader; any mistake is an {@link IllegalArgumentException}. */
    private static final class Reader {

        private final String text;
        private final RenderBudget budget;
        private int position;

        Reader(String text, RenderBudget budget) {
            this.text = text;
            this.budget = budget;
        }

        boolean atEnd() {
            return position == text.length();
        }

        void skipWhitespace() {
            while (position < text.length()) {
                char c = text.charAt(position);
                if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                    return;
                }
                position++;
            }
        }

        Object value(int depth) {
            if (depth > MAX_DEPTH) {
                throw new IllegalArgumentException("too deep");
            }
            budget.spend(0);
            char c = text.charAt(position);
            return switch (c) {
                case '{' -> object(depth);
                case '[' -> array(depth);
                case '"' -> string();
                case 't' -> literal("true", Boolean.TRUE);
                case 'f' -> literal("false", Boolean.FALSE);
                case 'n' -> literal("null", null);
                default -> number();
            };
        }

        private Map<String, Object> object(int depth) {
            Map<String, Object> object = new LinkedHashMap<>();
            position++;
            skipWhitespace();
            if (text.charAt(position) == '}') {
                position++;
                return object;
            }
            while (true) {
                skipWhitespace();
                if (text.charAt(position) != '"') {
                    throw new IllegalArgumentException("expected a key");
                }
                String key = string();
                skipWhitespace();
                expect(':');
                skipWhitespace();
                object.put(key, value(depth + 1));
                skipWhitespace();
                char next = text.charAt(position++);
                if (next == '}') {
                    return object;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected , or }");
                }
            }
        }

        private List<Object> array(int depth) {
            List<Object> array = new ArrayList<>();
            position++;
            skipWhitespace();
            if (text.charAt(position) == ']') {
                position++;
                return array;
            }
            while (true) {
                skipWhitespace();
                array.add(value(depth + 1));
                skipWhitespace();
                char next = text.charAt(position++);
                if (next == ']') {
                    return array;
                }
                if (next != ',') {
                    throw new IllegalArgumentException("expected , or ]");
                }
            }
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(position++);
                budget.spend(0);
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw new IllegalArgumentException("control character in a string");
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char escaped = text.charAt(position++);
                switch (escaped) {
                    case '"', '\\', '/' -> out.append(escaped);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                        position += 4;
                    }
                    default -> throw new IllegalArgumentException("bad escape");
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!text.startsWith(word, position)) {
                throw new IllegalArgumentException("expected " + word);
            }
            position += word.length();
            return value;
        }

        private Number number() {
            int start = position;
            if (position < text.length() && text.charAt(position) == '-') {
                position++;
            }
            int integerStart = position;
            digits();
            if (position == integerStart || (text.charAt(integerStart) == '0' && position - integerStart > 1)) {
                throw new IllegalArgumentException("bad number");
            }
            boolean integral = true;
            if (position < text.length() && text.charAt(position) == '.') {
                integral = false;
                position++;
                requireDigits();
            }
            if (position < text.length() && (text.charAt(position) == 'e' || text.charAt(position) == 'E')) {
                integral = false;
                position++;
                if (position < text.length() && (text.charAt(position) == '+' || text.charAt(position) == '-')) {
                    position++;
                }
                requireDigits();
            }
            String literal = text.substring(start, position);
            if (!integral) {
                return Double.parseDouble(literal);
            }
            BigInteger value = new BigInteger(literal);
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            return value.bitLength() < 64 ? value.longValue() : value;
        }

        private void digits() {
            while (position < text.length() && Character.isDigit(text.charAt(position)) && text.charAt(position) < 128) {
                position++;
            }
        }

        private void requireDigits() {
            int start = position;
            digits();
            if (position == start) {
                throw new IllegalArgumentException("bad number");
            }
        }

        private void expect(char c) {
            if (text.charAt(position++) != c) {
                throw new IllegalArgumentException("expected " + c);
            }
        }
    }
}
