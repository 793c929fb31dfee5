package io.dynamicendpoints.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Issue 28: the platform's default data folder is its owner's alone (0700), and so are the files in
 * it (0600): the H2 database, which holds password hashes and the journal, and the secrets key, made
 * on first start. Runs the platform as its own process in a fresh working directory, the shipped
 * configuration unchanged (./data).
 */
class DataFolderPermissionsTest {

    @Test
    void theDataFolderAndItsFilesAreReadableByTheirOwnerOnly(@TempDir Path workDir) throws Exception {
        assumeThat(Files.getFileStore(workDir).supportsFileAttributeView("posix")).isTrue();

        try (PlatformProcess platform = PlatformProcess.start(workDir, Map.of(
                "dynamic-endpoints.admin.password", "permissions-test-password",
                "dynamic-endpoints.admin.bcrypt-cost", "4",
                "dynamic-endpoints.admin-ui.enabled", "false"))) {
            Path data = workDir.resolve("data");

            assertThat(permissions(data)).as(platform.log()).isEqualTo("rwx------");
            assertThat(permissions(data.resolve("dynamic-endpoints.mv.db"))).isEqualTo("rw-------");
            assertThat(permissions(data.resolve("secret.key"))).isEqualTo("rw-------");
            assertThat(Files.readString(data.resolve("secret.key")).strip()).hasSize(44);
        }
    }

    private static String permissions(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }
}
