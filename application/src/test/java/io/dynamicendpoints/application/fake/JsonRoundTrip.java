package io.dynamicendpoints.application.fake;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain values as they come back from a store that keeps them as JSON text, for the fakes: a fake that
 * handed back the caller's own objects would let a use case pass that fails on the real store (a
 * {@code Long} read back as an {@code Integer}, a map changed behind the store's back). Whole numbers
 * come back as the smallest of {@code Integer}, {@code Long} and {@code BigInteger} that holds them,
 * other numbers as {@code Double}, map keys as text; maps and lists are unmodifiable copies.
 */
final class JsonRoundTrip {

    private JsonRoundTrip() {
    }

    static Map<String, Object> copy(Map<String, ?> document) {
        Map<String, Object> copy = new LinkedHashMap<>();
        document.forEach((name, value) -> copy.put(name, value(value)));
        return Collections.unmodifiableMap(copy);
    }

    /**
     * @throws IllegalArgumentException for anything but maps, lists, strings, numbers, booleans and null:
     *                                  the ports promise to store only those
     */
    private static Object value(Object value) {
        return switch (value) {
            case null -> null;
            case String string -> string;
            case Boolean bool -> bool;
            case Double number -> number;
            case Float number -> Double.parseDouble(number.toString());
            case BigDecimal number -> number.doubleValue();
            case Number whole -> wholeNumber(new BigInteger(whole.toString()));
            case Map<?, ?> map -> {
                Map<String, Object> copy = new LinkedHashMap<>();
                map.forEach((name, item) -> copy.put(String.valueOf(name), value(item)));
                yield Collections.unmodifiableMap(copy);
            }
            case List<?> list -> {
                List<Object> copy = new ArrayList<>();
                list.forEach(item -> copy.add(value(item)));
                yield Collections.unmodifiableList(copy);
            }
            default -> throw new IllegalArgumentException(
                    "Only maps, lists, strings, numbers, booleans and null can be stored, not " + value.getClass().getName());
        };
    }

    private static Object wholeNumber(BigInteger number) {
        if (number.bitLength() < Integer.SIZE) {
            return number.intValue();
        }
        if (number.bitLength() < Long.SIZE) {
            return number.longValue();
        }
        return number;
    }
}
