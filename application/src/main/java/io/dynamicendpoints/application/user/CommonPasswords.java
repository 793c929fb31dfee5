package io.dynamicendpoints.application.user;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The passwords an attacker tries first ({@code common-passwords.txt}, about 9,000 of at least 12
 * characters), compared whatever their case: {@code Password1234} is guessed as early as
 * {@code password1234}. Read once, when the class is first used.
 */
final class CommonPasswords {

    private static final String RESOURCE = "common-passwords.txt";
    private static final Set<String> LOWER_CASE = load();

    private CommonPasswords() {
    }

    static boolean contains(String password) {
        return LOWER_CASE.contains(password.toLowerCase(Locale.ROOT));
    }

    static int size() {
        return LOWER_CASE.size();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application jar");
            }
            Set<String> passwords = new HashSet<>();
            BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    passwords.add(line.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(passwords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
