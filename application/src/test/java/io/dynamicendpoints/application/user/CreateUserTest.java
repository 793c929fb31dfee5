package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.fake.InMemoryUsers;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class CreateUserTest {

    private static final ClientAddress FROM = new ClientAddress("192.0.2.1");

    private static final PasswordHashing PASSWORDS = new PasswordHashing(4);

    private final InMemoryUsers users = new InMemoryUsers();
    private final CreateUser createUser = new CreateUser(users, PASSWORDS);

    private InvalidUserException refused(String username, String password, List<String> roles) {
        return catchThrowableOfType(InvalidUserException.class, () -> createUser.create(username, password, roles));
    }

    @Test
    void createsAnIntegratorWhoCanSignIn() {
        User created = createUser.create("partner", "twelve chars", List.of("INTEGRATOR"));

        assertThat(created.roles()).containsExactly(Role.INTEGRATOR);
        assertThat(new AuthenticateUser(users, PASSWORDS).authenticate("partner", "twelve chars", FROM).user()).contains(created);
    }

    @Test
    void refusesAPasswordShorterThanTwelveCharacters() {
        assertThat(refused("partner", "eleven char", List.of("INTEGRATOR")).details()).containsOnlyKeys("password");
        assertThat(refused("partner", null, List.of("INTEGRATOR")).details()).containsOnlyKeys("password");
    }

    @Test
    void refusesAPasswordLongerThanSeventyTwoBytes() {
        assertThat(refused("partner", "a".repeat(73), List.of("INTEGRATOR")).details()).containsOnlyKeys("password");
    }

    @Test
    void refusesPasswordOfOneRepeatedCharacter() {
        assertThat(refused("partner", "aaaaaaaaaaaa", List.of("INTEGRATOR")).details().get("password")).contains("repeated");
    }

    @Test
    void refusesAPasswordOfOnlySpaces() {
        assertThat(refused("partner", " ".repeat(12), List.of("INTEGRATOR")).details().get("password")).contains("spaces");
    }

    @Test
    void refusesACommonPasswordWhateverItsCase() {
        assertThat(refused("partner", "iloveyou1234", List.of("INTEGRATOR")).details().get("password")).contains("common");
        assertThat(refused("partner", "Password1234", List.of("INTEGRATOR")).details().get("password")).contains("common");
        assertThat(users.all()).isEmpty();
    }

    @Test
    void refusesMissingOrUnknownRoles() {
        assertThat(refused("partner", "twelve chars", List.of()).details()).containsOnlyKeys("roles");
        assertThat(refused("partner", "twelve chars", null).details()).containsOnlyKeys("roles");
        assertThat(refused("partner", "twelve chars", List.of("integrator")).details()).containsOnlyKeys("roles");
    }

    @Test
    void refusesABadName() {
        assertThat(refused("part ner", "twelve chars", List.of("INTEGRATOR")).details()).containsOnlyKeys("username");
    }

    @Test
    void namesEveryProblemAtOnce() {
        assertThat(refused("", "short", List.of("ROOT")).details()).containsOnlyKeys("username", "password", "roles");
    }

    @Test
    void refusesATakenName() {
        createUser.create("partner", "twelve chars", List.of("INTEGRATOR"));

        assertThat(refused("partner", "another password", List.of("ADMIN")).details()).containsOnlyKeys("username");
        assertThat(users.find("partner")).hasValueSatisfying(user -> assertThat(user.roles()).containsExactly(Role.INTEGRATOR));
    }

    @Test
    void refusesCaseVariantOfATakenName() {
        createUser.create("admin", "twelve chars", List.of("ADMIN"));

        InvalidUserException refused = refused("Admin", "another password", List.of("ADMIN"));

        assertThat(refused.details()).containsOnlyKeys("username");
        assertThat(refused.details().get("username")).contains("taken");
        assertThat(users.all()).extracting(User::username).containsExactly("admin");
    }
}
