package io.dynamicendpoints.domain.condition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OperatorTest {

    @ParameterizedTest
    @EnumSource(Operator.class)
    void readsBackItsOwnExternalName(Operator operator) {
        assertThat(Operator.fromExternalName(operator.externalName())).contains(operator);
    }

    @Test
    void readsTheBuildersShortAliasEmptyAsIsEmpty() {
        assertThat(Operator.fromExternalName("empty")).contains(Operator.IS_EMPTY);
        assertThat(Operator.fromExternalName("is_empty")).contains(Operator.IS_EMPTY);
    }

    @Test
    void readsTheBuildersShortAliasNotEmptyAsIsNotEmpty() {
        assertThat(Operator.fromExternalName("not_empty")).contains(Operator.IS_NOT_EMPTY);
        assertThat(Operator.fromExternalName("is_not_empty")).contains(Operator.IS_NOT_EMPTY);
    }

    @Test
    void writesTheLongNameForAnAlias() {
        assertThat(Operator.fromExternalName("empty")).map(Operator::externalName).contains("is_empty");
    }

    @Test
    void knowsTheDocumentedCatalogue() {
        assertThat(Operator.values()).extracting(Operator::externalName).containsExactlyInAnyOrder(
                "equal", "not_equal", "greater", "greater_or_equal", "less", "less_or_equal", "greater_than_now",
                "less_than_now", "between", "contains", "not_contains", "begins_with", "not_begins_with",
                "ends_with", "not_ends_with", "is_empty", "is_not_empty");
    }

    @Test
    void neverUsesOneNameForTwoOperators() {
        List<String> names = new ArrayList<>();
        Arrays.stream(Operator.values()).forEach(op -> {
            names.add(op.externalName());
            names.addAll(op.aliases());
        });

        assertThat(names).doesNotHaveDuplicates();
    }

    @Test
    void knowsNoOtherName() {
        assertThat(Operator.fromExternalName("greater_than")).isEmpty();
        assertThat(Operator.fromExternalName("EQUAL")).isEmpty();
        assertThat(Operator.fromExternalName("")).isEmpty();
    }

    @Test
    void knowsNoNameForNull() {
        assertThat(Operator.fromExternalName(null)).isEmpty();
    }

    @Test
    void ignoresTheRightSideOnlyForUnaryOperators() {
        assertThat(Operator.values()).filteredOn(op -> !op.usesRight()).containsExactlyInAnyOrder(
                Operator.GREATER_THAN_NOW, Operator.LESS_THAN_NOW, Operator.IS_EMPTY, Operator.IS_NOT_EMPTY);
    }
}
