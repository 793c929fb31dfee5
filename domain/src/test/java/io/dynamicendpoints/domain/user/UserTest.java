package io.dynamicendpoints.domain.user;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.EnumSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UserTest {

    private static final PasswordHash HASH = new PasswordHash("$2a$04$abcdefghijklmnopqrstuv");

    @ParameterizedTest
    @ValueSource(strings = {"admin", "ada.lovelace@example.com", "integrator-1", "x_y", "A"})
    void acceptsANameOfLettersDigitsAndDotUnderscoreAtDash(String username) {
        assertThat(new User(username, HASH, Set.of(Role.ADMIN)).username()).isEqualTo(username);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "ada lovelace", "ada/lovelace", "ada:pw", "ädä"})
    void refusesAnyOtherName(String username) {
        assertThatIllegalArgumentException().isThrownBy(() -> new User(username, HASH, Set.of(Role.ADMIN)));
    }

    @Test
    void refusesANameLongerThanSixtyFourCharacters() {
        assertThatIllegalArgumentException().isThrownBy(() -> new User("a".repeat(65), HASH, Set.of(Role.ADMIN)));
        assertThat(new User("a".repeat(64), HASH, Set.of(Role.ADMIN)).username()).hasSize(64);
    }

    @Test
    void needsAPasswordHash() {
        assertThatNullPointerException().isThrownBy(() -> new User("admin", null, Set.of(Role.ADMIN)));
    }

    @Test
    void needsAtLeastOneRole() {
        assertThatIllegalArgumentException().isThrownBy(() -> new User("admin", HASH, Set.of()));
        assertThatIllegalArgumentException().isThrownBy(() -> new User("admin", HASH, null));
    }

    @Test
    void keepsItsRolesUnchangeable() {
        Set<Role> roles = EnumSet.of(Role.INTEGRATOR);
        User user = new User("integrator", HASH, roles);

        roles.add(Role.ADMIN);

        assertThat(user.roles()).containsExactly(Role.INTEGRATOR);
        assertThatThrownBy(() -> user.roles().add(Role.ADMIN)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void neverPrintsItsPasswordHash() {
        assertThat(new User("admin", HASH, Set.of(Role.ADMIN)).toString()).doesNotContain(HASH.value());
    }
}
