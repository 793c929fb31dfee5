package io.dynamicendpoints.domain.listener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;

class ReturnTypeTest {

    @ParameterizedTest
    @EnumSource(ReturnType.class)
    void readsBackItsOwnExternalName(ReturnType type) {
        assertThat(ReturnType.fromExternalName(type.externalName())).contains(type);
    }

    @Test
    void usesTheDocumentedNames() {
        assertThat(ReturnType.values()).extracting(ReturnType::externalName)
                .containsExactly("data", "html", "redirect", "continue", "sse");
    }

    @Test
    void knowsNoOtherName() {
        assertThat(ReturnType.fromExternalName("json")).isEmpty();
        assertThat(ReturnType.fromExternalName(null)).isEmpty();
    }

    @Test
    void callsOnlyDataHtmlAndRedirectFixed() {
        assertThat(ReturnType.values()).filteredOn(ReturnType::isFixed)
                .containsExactly(ReturnType.DATA, ReturnType.HTML, ReturnType.REDIRECT);
    }
}
