package io.dynamicendpoints.application.user;

import io.dynamicendpoints.application.port.Users;
import io.dynamicendpoints.domain.listener.RandomHex;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;

import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Creates the first admin when no user exists yet: with the configured password, or with a random
 * one that is handed back once so the caller can show it (it is stored only as a hash).
 */
public final class BootstrapAdmin {

    private final Users users;
    private final PasswordHashing passwords;
    private final RandomGenerator random;

    public BootstrapAdmin(Users users, PasswordHashing passwords, RandomGenerator random) {
        this.users = users;
        this.passwords = passwords;
        this.random = random;
    }

    public Outcome bootstrap(String username, Optional<String> configuredPassword) {
        if (!users.all().isEmpty()) {
            return new Outcome.AlreadySetUp();
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(() -> RandomHex.of(random, 12));
        boolean added = users.add(new User(username, passwords.hash(password), Set.of(Role.ADMIN)));
        if (!added) {
            return new Outcome.AlreadySetUp(); // another node won the race
        }
        return configuredPassword.filter(p -> !p.isBlank()).isPresent()
                ? new Outcome.CreatedWithConfiguredPassword(username)
                : new Outcome.CreatedWithGeneratedPassword(username, password);
    }

    /** What bootstrapping did. */
    public sealed interface Outcome {

        record AlreadySetUp() implements Outcome {
        }

        record CreatedWithConfiguredPassword(String username) implements Outcome {
        }

        /** The only place the generated password ever appears in clear. */
        record CreatedWithGeneratedPassword(String username, String password) implements Outcome {
            @Override
            public String toString() {
                return "CreatedWithGeneratedPassword[username=" + username + ", password=****]";
            }
        }
    }
}
