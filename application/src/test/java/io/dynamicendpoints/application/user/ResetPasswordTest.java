package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class ResetPasswordTest {

    private static final ClientAddress FROM = new ClientAddress("192.0.2.1");

    private static final PasswordHashing PASSWORDS = new PasswordHashing(4);

    private final InMemoryUsers users = new InMemoryUsers();
    private final AuthenticateUser authenticate = new AuthenticateUser(users, PASSWORDS);
    private final ResetPassword resetPassword = new ResetPassword(users, PASSWORDS);

    @Test
    void theNewPasswordSignsInAndTheOldOneNoLonger() {
        new CreateUser(users, PASSWORDS).create("partner", "the old password", List.of("INTEGRATOR"));

        resetPassword.reset("partner", "a brand new password");

        assertThat(authenticate.authenticate("partner", "a brand new password", FROM).user()).isPresent();
        assertThat(authenticate.authenticate("partner", "the old password", FROM).user()).isEmpty();
    }

    @Test
    void keepsTheRoles() {
        new CreateUser(users, PASSWORDS).create("ops", "the old password", List.of("ADMIN", "INTEGRATOR"));

        resetPassword.reset("ops", "a brand new password");

        assertThat(users.find("ops").map(User::roles)).contains(Set.of(Role.ADMIN, Role.INTEGRATOR));
    }

    @Test
    void refusesAShortPasswordAndKeepsTheOldOne() {
        new CreateUser(users, PASSWORDS).create("partner", "the old password", List.of("INTEGRATOR"));

        InvalidUserException refused = catchThrowableOfType(InvalidUserException.class,
                () -> resetPassword.reset("partner", "too short"));

        assertThat(refused.details()).containsOnlyKeys("password");
        assertThat(authenticate.authenticate("partner", "the old password", FROM).user()).isPresent();
    }

    @Test
    void refusesACommonOrRepeatedPasswordAndKeepsTheOldOne() {
        new CreateUser(users, PASSWORDS).create("partner", "the old password", List.of("INTEGRATOR"));

        for (String weak : List.of("Password1234", "zzzzzzzzzzzz", " ".repeat(14))) {
            InvalidUserException refused = catchThrowableOfType(InvalidUserException.class,
                    () -> resetPassword.reset("partner", weak));
            assertThat(refused.details()).containsOnlyKeys("password");
        }
        assertThat(authenticate.authenticate("partner", "the old password", FROM).user()).isPresent();
    }

    @Test
    void refusesAPasswordLongerThanSeventyTwoBytes() {
        new CreateUser(users, PASSWORDS).create("partner", "the old password", List.of("INTEGRATOR"));

        assertThatThrownBy(() -> resetPassword.reset("partner", "é".repeat(37)))
                .isInstanceOf(InvalidUserException.class);
    }

    @Test
    void reportsAnUnknownUser() {
        assertThatThrownBy(() -> resetPassword.reset("nobody", "a brand new password"))
                .isInstanceOf(UserNotFoundException.class);
        assertThat(users.all()).isEmpty();
    }
}
