package io.dynamicendpoints.application.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordRulesTest {

    @Test
    void acceptsALongPasswordNobodyGuessesFirst() {
        assertThat(PasswordRules.problemWith("correct horse battery")).isEmpty();
        assertThat(PasswordRules.problemWith("twelve chars")).isEmpty();
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(PasswordRules.problemWith("eleven char")).hasValueSatisfying(why -> assertThat(why).contains("12"));
        assertThat(PasswordRules.problemWith(null)).isPresent();
    }

    @Test
    void refusesAPasswordLongerThanBcryptReads() {
        assertThat(PasswordRules.problemWith("ab".repeat(37))).hasValueSatisfying(why -> assertThat(why).contains("72"));
    }

    @Test
    void refusesPasswordOfOneRepeatedCharacter() {
        assertThat(PasswordRules.problemWith("aaaaaaaaaaaa")).hasValueSatisfying(why -> assertThat(why).contains("repeated"));
        assertThat(PasswordRules.problemWith("€".repeat(20))).isPresent();
        assertThat(PasswordRules.problemWith("aaaaaaaaaaab")).isEmpty();
    }

    @Test
    void refusesAPasswordOfOnlySpaces() {
        assertThat(PasswordRules.problemWith(" ".repeat(12))).hasValueSatisfying(why -> assertThat(why).contains("spaces"));
        assertThat(PasswordRules.problemWith(" \t ".repeat(6))).isPresent();
        assertThat(PasswordRules.problemWith("\u00a0".repeat(12))).isPresent();
    }

    @ParameterizedTest
    @ValueSource(strings = {"password1234", "123456789012", "qwertyuiopas", "iloveyou1234", "1q2w3e4r5t6y",
            "abcdefghijkl", "passwordpassword", "letmein12345", "administrator"})
    void refusesACommonPassword(String common) {
        assertThat(PasswordRules.problemWith(common)).hasValueSatisfying(why -> assertThat(why).contains("common"));
    }

    @Test
    void comparesCommonPasswordsWhateverTheirCase() {
        assertThat(PasswordRules.problemWith("PassWord1234")).isPresent();
        assertThat(PasswordRules.problemWith("QWERTYUIOPAS")).isPresent();
    }

    @Test
    void knowsThousandsOfCommonPasswords() {
        assertThat(CommonPasswords.size()).isGreaterThan(1_000);
    }
}
