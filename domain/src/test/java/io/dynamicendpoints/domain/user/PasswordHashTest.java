package io.dynamicendpoints.domain.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordHashTest {

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  "})
    void isNeverEmpty(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new PasswordHash(value));
    }

    @Test
    void redactsItsValueWhenPrinted() {
        assertThat(new PasswordHash("$2a$12$secrethashvalue")).hasToString("PasswordHash[****]");
    }
}
