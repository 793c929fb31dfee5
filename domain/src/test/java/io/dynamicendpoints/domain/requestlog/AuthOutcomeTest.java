package io.dynamicendpoints.domain.requestlog;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class AuthOutcomeTest {

    @Test
    void writesARejectionWithItsReason() {
        assertThat(AuthOutcome.rejected("expired").value()).isEqualTo("rejected:expired");
    }

    @Test
    void hasTheDocumentedNames() {
        assertThat(AuthOutcome.NONE.value()).isEqualTo("none");
        assertThat(AuthOutcome.VERIFIED.value()).isEqualTo("verified");
        assertThat(AuthOutcome.MISSING.value()).isEqualTo("missing");
        assertThat(AuthOutcome.CORS_FORBIDDEN.value()).isEqualTo("cors_forbidden");
        assertThat(AuthOutcome.PREFLIGHT.value()).isEqualTo("preflight");
        assertThat(AuthOutcome.NOT_CHECKED.value()).isEqualTo("not_checked");
    }

    @Test
    void refusesAnythingThatIsNotAShortCode() {
        assertThatIllegalArgumentException().isThrownBy(() -> new AuthOutcome("Verified"));
        assertThatIllegalArgumentException().isThrownBy(() -> new AuthOutcome("rejected:a b"));
        assertThatIllegalArgumentException().isThrownBy(() -> AuthOutcome.rejected("x".repeat(60)));
    }
}
