package io.dynamicendpoints.adapters.persistence.secret;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;

import javax.crypto.SecretKey;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The {@link SecretBox} from {@code dynamic-endpoints.secrets.*}: the key from {@code key}
 * ({@code DYNAMIC_ENDPOINTS_SECRETS_KEY}, Base64, 256 bits) when set, which is how nodes sharing a
 * database share it; otherwise from {@code key-file}, made on first start. {@code previous-key}
 * opens what the key before a rotation sealed.
 */
@Factory
final class SecretBoxFactory {

    static final String DEFAULT_KEY_FILE = "./data/secret.key";

    @Singleton
    SecretBox secretBox(@Value("${dynamic-endpoints.secrets.key:}") String key,
                        @Value("${dynamic-endpoints.secrets.previous-key:}") String previousKey,
                        @Value("${dynamic-endpoints.secrets.key-file:" + DEFAULT_KEY_FILE + "}") String keyFile) {
        SecretKey current = key.isBlank()
                ? SecretKeyFile.readOrCreate(Path.of(keyFile))
                : SecretKeys.parse(key, "dynamic-endpoints.secrets.key");
        Optional<SecretKey> previous = previousKey.isBlank()
                ? Optional.empty()
                : Optional.of(SecretKeys.parse(previousKey, "dynamic-endpoints.secrets.previous-key"));
        return new SecretBox(new SecretKeys(current, previous));
    }
}
