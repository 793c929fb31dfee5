package io.dynamicendpoints.application.user;

import io.dynamicendpoints.domain.user.PasswordHash;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PasswordHashingTest {

    private final PasswordHashing passwords = new PasswordHashing(4);

    @Test
    void matchesThePasswordItHashed() {
        PasswordHash hash = passwords.hash("correct horse battery");

        assertThat(passwords.matches("correct horse battery", hash)).isTrue();
        assertThat(passwords.matches("correct horse batterY", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(passwords.hash("same password")).isNotEqualTo(passwords.hash("same password"));
    }

    @Test
    void hashesWithBcryptAtTheGivenCost() {
        assertThat(passwords.hash("x").value()).startsWith("$2a$04$");
        assertThat(new PasswordHashing(5).hash("x").value()).startsWith("$2a$05$");
    }

    @Test
    void refusesToHashAPasswordLongerThanSeventyTwoBytes() {
        assertThat(passwords.hash("a".repeat(72))).isNotNull();
        assertThatIllegalArgumentException().isThrownBy(() -> passwords.hash("a".repeat(73)));
        assertThatIllegalArgumentException().isThrownBy(() -> passwords.hash("ä".repeat(37)));
    }

    @Test
    void matchesNoPasswordForAnUnknownUser() {
        assertThat(passwords.matchesNothing("decoy-password-for-unknown-users")).isFalse();
    }
}
