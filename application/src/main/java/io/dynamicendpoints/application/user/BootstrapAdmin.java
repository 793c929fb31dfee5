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
 * one that is handed back once so the caller can show it (it is stored only as a hash). A configured
 * password that breaks the {@link PasswordRules} is not used: the admin gets a random one instead and
 * the caller learns why, so the platform still starts but never with a guessable admin password.
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
        Optional<String> configured = configuredPassword.filter(p -> !p.isBlank());
        Optional<String> refusal = configured.flatMap(PasswordRules::problemWith);
        String password = configured.filter(p -> refusal.isEmpty()).orElseGet(() -> RandomHex.of(random, 12));
        boolean added = users.add(new User(username, passwords.hash(password), Set.of(Role.ADMIN)));
        if (!added) {
            return new Outcome.AlreadySetUp(); // another node won the race
        }
        if (refusal.isPresent()) {
            return new Outcome.ConfiguredPasswordRefused(username, refusal.get(), password);
        }
        return configured.isPresent()
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

        /** The configured password broke the rules (why: {@code reason}); the admin got the generated one. */
        record ConfiguredPasswordRefused(String username, String reason, String generatedPassword) implements Outcome {
            @Override
            public String toString() {
                return "ConfiguredPasswordRefused[username=" + username + ", reason=" + reason
                        + ", generatedPassword=****]";
            }
        }
    }
}
