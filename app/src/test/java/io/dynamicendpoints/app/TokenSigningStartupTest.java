package io.dynamicendpoints.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The platform never runs without a safe signing secret for API tokens: it refuses to start instead. */
class TokenSigningStartupTest {

    @Test
    void refusesToStartWithATokenSecretShorterThan256Bits(@TempDir Path workDir) throws Exception {
        String shortSecret = "only-twenty-characters";

        PlatformProcess.Refusal refusal = PlatformProcess.startExpectingRefusal(workDir, Map.of(
                "datasources.default.url", PlatformProcess.h2FileUrl(workDir),
                "dynamic-endpoints.token.secret", shortSecret,
                "dynamic-endpoints.admin-ui.enabled", "false"), Duration.ofSeconds(60));

        assertThat(refusal.exitCode()).isNotZero();
        assertThat(refusal.log()).contains("DYNAMIC_ENDPOINTS_TOKEN_SECRET").contains("256 bits")
                .doesNotContain(shortSecret).doesNotContain("is ready");
    }
}
