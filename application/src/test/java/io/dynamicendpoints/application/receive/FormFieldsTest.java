package io.dynamicendpoints.application.receive;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** PHP's reading of form names with brackets, as behaviour.md §6.1 asks. */
class FormFieldsTest {

    private static Map<String, Object> read(String... namesAndValues) {
        FormFields fields = new FormFields();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields.toMap();
    }

    @Test
    void keepsTheLastValueOfARepeatedPlainName() {
        assertThat(read("a", "1", "a", "2")).isEqualTo(Map.of("a", "2"));
    }

    @Test
    void turnsIndexedItemsIntoAListOfMaps() {
        assertThat(read("items[0][sku]", "A1", "items[0][qty]", "2", "items[1][sku]", "B2"))
                .isEqualTo(Map.of("items", List.of(Map.of("sku", "A1", "qty", "2"), Map.of("sku", "B2"))));
    }

    @Test
    void keepsAMapWhenTheIndexesAreNotZeroOneTwo() {
        assertThat(read("a[1]", "x", "a[2]", "y")).isEqualTo(Map.of("a", Map.of("1", "x", "2", "y")));
        assertThat(read("a[01]", "x")).isEqualTo(Map.of("a", Map.of("01", "x")));
    }

    @Test
    void appendsAfterTheHighestIndexLikePhp() {
        assertThat(read("a[5]", "x", "a[]", "y")).isEqualTo(Map.of("a", Map.of("5", "x", "6", "y")));
    }

    @Test
    void replacesAPlainValueWithANestedOneAndBack() {
        assertThat(read("a", "1", "a[b]", "2")).isEqualTo(Map.of("a", Map.of("b", "2")));
        assertThat(read("a[b]", "2", "a", "1")).isEqualTo(Map.of("a", "1"));
    }

    @Test
    void takesAMalformedNameLiterally() {
        assertThat(read("a[b", "1", "[x]", "2", "a]b", "3"))
                .isEqualTo(Map.of("a[b", "1", "[x]", "2", "a]b", "3"));
    }

    @Test
    void ignoresWhatFollowsTheLastBracketLikePhp() {
        assertThat(read("a[b]c", "1")).isEqualTo(Map.of("a", Map.of("b", "1")));
    }

    @Test
    void takesANameNestedTooDeeplyLiterally() {
        String deep = "a" + "[x]".repeat(FormFields.MAX_DEPTH + 1);

        assertThat(read(deep, "1")).isEqualTo(Map.of(deep, "1"));
    }

    @Test
    void skipsAnEmptyName() {
        assertThat(read("", "1")).isEmpty();
    }
}
