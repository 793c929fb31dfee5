package io.dynamicendpoints.adapters.persistence.secret;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.crypto.SecretKey;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Issue 28: endpoint secrets are sealed at rest with a key kept outside the database. */
class SecretBoxTest {

    private static final SecretKey KEY = key(1);
    private static final SecretKey OTHER = key(2);

    private final SecretBox box = new SecretBox(new SecretKeys(KEY, Optional.empty()));

    @Test
    void sealsSoThatOnlyTheKeyOpensAgain() {
        String sealed = box.seal("s3cr3t-0123456789abcdef");

        assertThat(sealed).startsWith("enc:v1:").doesNotContain("s3cr3t");
        assertThat(box.seal("s3cr3t-0123456789abcdef")).as("a fresh nonce every time").isNotEqualTo(sealed);
        assertThat(box.open(sealed)).isEqualTo("s3cr3t-0123456789abcdef");
        assertThat(box.needsSealing(sealed)).isFalse();
    }

    @Test
    void aChangedValueIsRefused() {
        String sealed = box.seal("s3cr3t");
        byte[] bytes = Base64.getDecoder().decode(sealed.substring("enc:v1:".length()));
        bytes[bytes.length - 1] ^= 1;
        String changed = "enc:v1:" + Base64.getEncoder().encodeToString(bytes);

        assertThatThrownBy(() -> box.open(changed)).isInstanceOf(UnreadableSecretException.class);
        assertThatThrownBy(() -> box.open("enc:v1:not base64!")).isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("damaged");
    }

    @Test
    void anotherKeyIsRefusedSayingWhatToCheck() {
        String sealed = new SecretBox(new SecretKeys(OTHER, Optional.empty())).seal("s3cr3t");

        assertThatThrownBy(() -> box.open(sealed)).isInstanceOf(UnreadableSecretException.class)
                .hasMessageContaining("does not open with the configured key")
                .hasMessageContaining("dynamic-endpoints.secrets.key")
                .hasMessageNotContaining("s3cr3t");
    }

    @Test
    void aClearValueFromBeforeStillReadsAndNeedsSealing() {
        assertThat(box.open("legacy-clear-secret")).isEqualTo("legacy-clear-secret");
        assertThat(box.needsSealing("legacy-clear-secret")).isTrue();
        assertThat(box.seal("")).isEmpty();
        assertThat(box.needsSealing("")).isFalse();
    }

    @Test
    void thePreviousKeyOpensWhatItSealedUntilItIsSealedAgain() {
        String old = new SecretBox(new SecretKeys(OTHER, Optional.empty())).seal("s3cr3t");
        SecretBox rotated = new SecretBox(new SecretKeys(KEY, Optional.of(OTHER)));

        assertThat(rotated.open(old)).isEqualTo("s3cr3t");
        assertThat(rotated.needsSealing(old)).isTrue();
        assertThat(box.open(rotated.seal("s3cr3t"))).isEqualTo("s3cr3t");
    }

    @Test
    void aKeyIs256BitsOfBase64() {
        assertThatThrownBy(() -> SecretKeys.parse("c2hvcnQ=", "DYNAMIC_ENDPOINTS_SECRETS_KEY"))
                .hasMessageContaining("DYNAMIC_ENDPOINTS_SECRETS_KEY").hasMessageContaining("256");
        assertThatThrownBy(() -> SecretKeys.parse("%%%", "the key")).hasMessageContaining("not Base64");
    }

    @Test
    void theKeyFileIsMadeOnFirstStartReadableByItsOwnerOnlyAndReadAfterwards(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("data").resolve("secret.key");

        SecretKey made = SecretKeyFile.readOrCreate(file);

        assertThat(SecretKeyFile.readOrCreate(file).getEncoded()).isEqualTo(made.getEncoded());
        assertThat(made.getEncoded()).hasSize(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
    }

    private static SecretKey key(int fill) {
        byte[] bytes = new byte[32];
        java.util.Arrays.fill(bytes, (byte) fill);
        return SecretKeys.parse(Base64.getEncoder().encodeToString(bytes), "test key");
    }
}
