package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.application.user.BootstrapAdmin.Outcome;
import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class BootstrapAdminTest {

    private static final ClientAddress FROM = new ClientAddress("192.0.2.1");

    private static final PasswordHashing PASSWORDS = new PasswordHashing(4);

    private final InMemoryUsers users = new InMemoryUsers();
    private final BootstrapAdmin bootstrap = new BootstrapAdmin(users, PASSWORDS, new SecureRandom());
    private final AuthenticateUser authenticate = new AuthenticateUser(users, PASSWORDS);

    @Test
    void createsTheAdminWithTheConfiguredPassword() {
        Outcome outcome = bootstrap.bootstrap("admin", Optional.of("configured-password"));

        assertThat(outcome).isEqualTo(new Outcome.CreatedWithConfiguredPassword("admin"));
        assertThat(authenticate.authenticate("admin", "configured-password", FROM).user())
                .hasValueSatisfying(admin -> assertThat(admin.roles()).containsExactly(Role.ADMIN));
    }

    @Test
    void storesOnlyAHashOfThePassword() {
        bootstrap.bootstrap("admin", Optional.of("configured-password"));

        assertThat(users.find("admin")).hasValueSatisfying(admin ->
                assertThat(admin.passwordHash().value()).doesNotContain("configured-password").startsWith("$2"));
    }

    @Test
    void generatesAPasswordThatWorksWhenNoneIsConfigured() {
        Outcome outcome = bootstrap.bootstrap("admin", Optional.empty());

        assertThat(outcome).isInstanceOfSatisfying(Outcome.CreatedWithGeneratedPassword.class, generated -> {
            assertThat(generated.username()).isEqualTo("admin");
            assertThat(generated.password()).matches("[0-9a-f]{24,}");
            assertThat(authenticate.authenticate("admin", generated.password(), FROM).user()).isPresent();
        });
    }

    @Test
    void treatsABlankConfiguredPasswordAsNone() {
        assertThat(bootstrap.bootstrap("admin", Optional.of("  "))).isInstanceOf(Outcome.CreatedWithGeneratedPassword.class);
        assertThat(authenticate.authenticate("admin", "  ", FROM).user()).isEmpty();
    }

    @Test
    void refusesAWeakConfiguredPasswordAndGeneratesOneInstead() {
        Outcome outcome = bootstrap.bootstrap("admin", Optional.of("Password1234"));

        assertThat(outcome).isInstanceOfSatisfying(Outcome.ConfiguredPasswordRefused.class, refused -> {
            assertThat(refused.reason()).contains("common");
            assertThat(refused.generatedPassword()).matches("[0-9a-f]{24,}");
            assertThat(refused.toString()).doesNotContain(refused.generatedPassword());
            assertThat(authenticate.authenticate("admin", refused.generatedPassword(), FROM).user()).isPresent();
        });
        assertThat(authenticate.authenticate("admin", "Password1234", FROM).user()).isEmpty();
    }

    @Test
    void refusesAConfiguredPasswordOfOneRepeatedCharacter() {
        assertThat(bootstrap.bootstrap("admin", Optional.of("a".repeat(12))))
                .isInstanceOf(Outcome.ConfiguredPasswordRefused.class);
    }

    @Test
    void generatesADifferentPasswordOnEveryFirstStart() {
        String first = ((Outcome.CreatedWithGeneratedPassword) bootstrap.bootstrap("admin", Optional.empty())).password();
        InMemoryUsers otherUsers = new InMemoryUsers();
        String second = ((Outcome.CreatedWithGeneratedPassword)
                new BootstrapAdmin(otherUsers, PASSWORDS, new SecureRandom()).bootstrap("admin", Optional.empty())).password();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void neverPrintsTheGeneratedPassword() {
        Outcome outcome = bootstrap.bootstrap("admin", Optional.empty());

        String password = ((Outcome.CreatedWithGeneratedPassword) outcome).password();
        assertThat(outcome.toString()).doesNotContain(password).contains("admin");
    }

    @Test
    void doesNothingTheSecondTime() {
        bootstrap.bootstrap("admin", Optional.of("first-password"));

        Outcome second = bootstrap.bootstrap("admin", Optional.of("second-password"));

        assertThat(second).isEqualTo(new Outcome.AlreadySetUp());
        assertThat(users.all()).hasSize(1);
        assertThat(authenticate.authenticate("admin", "first-password", FROM).user()).isPresent();
        assertThat(authenticate.authenticate("admin", "second-password", FROM).user()).isEmpty();
    }

    @Test
    void doesNothingWhenAnyUserExists() {
        users.add(new User("partner", PASSWORDS.hash("partner-password"), Set.of(Role.INTEGRATOR)));

        assertThat(bootstrap.bootstrap("admin", Optional.empty())).isEqualTo(new Outcome.AlreadySetUp());
        assertThat(users.find("admin")).isEmpty();
    }

    @Test
    void letsAnotherNodeThatWonTheRaceKeepItsAdmin() {
        Users raced = new Users() {
            @Override
            public Optional<User> find(String username) {
                return Optional.empty();
            }

            @Override
            public boolean add(User user) {
                return false; // another node stored its admin between all() and add()
            }

            @Override
            public List<User> all() {
                return List.of();
            }

            @Override
            public boolean remove(String username) {
                return false;
            }

            @Override
            public boolean changePassword(String username, PasswordHash passwordHash, TokenStamp tokenStamp) {
                return false;
            }
        };

        assertThat(new BootstrapAdmin(raced, PASSWORDS, new SecureRandom()).bootstrap("admin", Optional.empty()))
                .isEqualTo(new Outcome.AlreadySetUp());
    }
}
