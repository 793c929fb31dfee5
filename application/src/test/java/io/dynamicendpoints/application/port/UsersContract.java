package io.dynamicendpoints.application.port;

import io.dynamicendpoints.domain.user.PasswordHash;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.TokenStamp;
import io.dynamicendpoints.domain.user.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What every {@link Users} promises, run against the in-memory fake and each JDBC adapter. Two
 * nodes may bootstrap the first admin at the same moment, so "the name is taken" must hold under a
 * race too; a name differing only in case counts as taken, while lookups stay exact.
 */
public abstract class UsersContract {

    private static final PasswordHash HASH = new PasswordHash("$2a$10$abcdefghijklmnopqrstuuN0tARealHashButShapedLikeOne12");

    private Users users;

    /** The implementation under test, holding no user; called before every test. */
    protected abstract Users emptyUsers();

    @BeforeEach
    void startEmpty() {
        users = emptyUsers();
    }

    @Test
    void addStoresTheUser() {
        User admin = new User("admin", HASH, Set.of(Role.ADMIN));

        assertThat(users.add(admin)).isTrue();

        assertThat(users.find("admin")).contains(admin);
    }

    @Test
    void everyRoleAndTheHashSurviveARoundTrip() {
        User both = new User("ops@example.org", new PasswordHash("$2a$12$another.hash"), Set.of(Role.INTEGRATOR, Role.ADMIN));
        users.add(both);

        User found = users.find("ops@example.org").orElseThrow();

        assertThat(found.roles()).containsExactlyInAnyOrder(Role.ADMIN, Role.INTEGRATOR);
        assertThat(found.passwordHash().value()).isEqualTo("$2a$12$another.hash");
    }

    @Test
    void findReturnsEmptyForAnUnknownName() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));

        assertThat(users.find("nobody")).isEmpty();
    }

    @Test
    void addRefusesTakenUsername() {
        User first = new User("admin", HASH, Set.of(Role.ADMIN));
        users.add(first);

        boolean added = users.add(new User("admin", new PasswordHash("$2a$10$other"), Set.of(Role.INTEGRATOR)));

        assertThat(added).isFalse();
        assertThat(users.find("admin")).contains(first);
    }

    @Test
    void addRefusesANameThatDiffersOnlyInCase() {
        User first = new User("admin", HASH, Set.of(Role.ADMIN));
        users.add(first);

        assertThat(users.add(new User("Admin", HASH, Set.of(Role.ADMIN)))).isFalse();
        assertThat(users.add(new User("ADMIN", HASH, Set.of(Role.INTEGRATOR)))).isFalse();

        assertThat(users.all()).containsExactly(first);
        assertThat(users.find("Admin")).isEmpty();
    }

    @Test
    void aCaseVariantIsFreeAgainOnceTheNameIsRemoved() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));
        users.remove("admin");

        assertThat(users.add(new User("Admin", HASH, Set.of(Role.ADMIN)))).isTrue();
        assertThat(users.find("Admin")).isPresent();
    }

    @Test
    void allListsEveryUser() {
        User admin = new User("admin", HASH, Set.of(Role.ADMIN));
        User integrator = new User("integrator", HASH, Set.of(Role.INTEGRATOR));
        users.add(integrator);
        users.add(admin);

        assertThat(users.all()).containsExactlyInAnyOrder(admin, integrator);
    }

    @Test
    void allIsEmptyWithoutUsers() {
        assertThat(users.all()).isEmpty();
    }

    @Test
    void removeDeletesTheUser() {
        User kept = new User("kept", HASH, Set.of(Role.ADMIN));
        users.add(kept);
        users.add(new User("leaving", HASH, Set.of(Role.INTEGRATOR)));

        assertThat(users.remove("leaving")).isTrue();

        assertThat(users.find("leaving")).isEmpty();
        assertThat(users.all()).containsExactly(kept);
    }

    @Test
    void removeReturnsFalseForAnUnknownName() {
        assertThat(users.remove("nobody")).isFalse();
    }

    @Test
    void aRemovedNameCanBeTakenAgain() {
        users.add(new User("admin", HASH, Set.of(Role.ADMIN)));
        users.remove("admin");

        assertThat(users.add(new User("admin", HASH, Set.of(Role.INTEGRATOR)))).isTrue();
        assertThat(users.find("admin").orElseThrow().roles()).containsExactly(Role.INTEGRATOR);
    }

    @Test
    void theTokenStampSurvivesARoundTrip() {
        User partner = new User("partner", HASH, Set.of(Role.INTEGRATOR));
        users.add(partner);

        assertThat(users.find("partner").orElseThrow().tokenStamp()).isEqualTo(partner.tokenStamp());
    }

    @Test
    void changePasswordReplacesOnlyTheHashAndTheTokenStamp() {
        users.add(new User("partner", HASH, Set.of(Role.INTEGRATOR)));
        User other = new User("other", HASH, Set.of(Role.INTEGRATOR));
        users.add(other);
        PasswordHash replacement = new PasswordHash("$2a$10$replacement.hash");
        TokenStamp newStamp = TokenStamp.fresh();

        assertThat(users.changePassword("partner", replacement, newStamp)).isTrue();

        assertThat(users.find("partner")).contains(new User("partner", replacement, Set.of(Role.INTEGRATOR), newStamp));
        assertThat(users.find("other")).contains(other);
    }

    @Test
    void changePasswordReturnsFalseForAnUnknownName() {
        assertThat(users.changePassword("nobody", HASH, TokenStamp.fresh())).isFalse();
        assertThat(users.all()).isEmpty();
    }

    @Test
    void racingAddsOfOneNameLetExactlyOneWin() throws Exception {
        int racers = 6;
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (int i = 0; i < racers; i++) {
            Role role = i % 2 == 0 ? Role.ADMIN : Role.INTEGRATOR;
            tasks.add(() -> users.add(new User("admin", HASH, Set.of(role))));
        }

        int winners = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(racers)) {
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                winners += result.get() ? 1 : 0;
            }
        }

        assertThat(winners).isEqualTo(1);
        assertThat(users.all()).hasSize(1);
    }

    @Test
    void racingAddsOfCaseVariantsLetExactlyOneWin() throws Exception {
        List<String> variants = List.of("admin", "Admin", "ADMIN", "aDmin", "adMIN", "AdMiN");
        List<Callable<Boolean>> tasks = new ArrayList<>();
        for (String name : variants) {
            tasks.add(() -> users.add(new User(name, HASH, Set.of(Role.ADMIN))));
        }

        int winners = 0;
        try (ExecutorService pool = Executors.newFixedThreadPool(variants.size())) {
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                winners += result.get() ? 1 : 0;
            }
        }

        assertThat(winners).isEqualTo(1);
        assertThat(users.all()).hasSize(1);
    }
}
