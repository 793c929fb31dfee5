package io.dynamicendpoints.domain.listener;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.Optional;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

class EndpointListenerTest {

    private static EndpointListener listener(ReturnType type) {
        return new EndpointListener(anAddress(), type, "the data", "the html", "the redirect", null, null);
    }

    @Test
    void repliesWithTheTemplateMatchingItsReturnType() {
        assertThat(listener(ReturnType.DATA).replyTemplate()).isEqualTo("the data");
        assertThat(listener(ReturnType.HTML).replyTemplate()).isEqualTo("the html");
        assertThat(listener(ReturnType.REDIRECT).replyTemplate()).isEqualTo("the redirect");
    }

    @ParameterizedTest
    @EnumSource(value = ReturnType.class, names = {"CONTINUE", "SSE"})
    void hasNoReplyTemplateWhenStepsProduceTheReply(ReturnType type) {
        assertThat(listener(type).replyTemplate()).isEmpty();
    }

    @Test
    void needsAnAddressAndAReturnType() {
        assertThatNullPointerException().isThrownBy(() -> new EndpointListener(null, ReturnType.DATA, "", "", "", null, null));
        assertThatNullPointerException().isThrownBy(() -> new EndpointListener(anAddress(), null, "", "", "", null, null));
    }

    @Test
    void defaultsToEmptyTemplatesNoJwtAndNoCors() {
        EndpointListener listener = new EndpointListener(anAddress(), ReturnType.DATA, null, null, null, null, null);

        assertThat(listener.returnData()).isEmpty();
        assertThat(listener.returnHtml()).isEmpty();
        assertThat(listener.returnRedirect()).isEmpty();
        assertThat(listener.jwt()).isEqualTo(JwtRequirement.OFF);
        assertThat(listener.cors()).isEqualTo(CorsRules.OFF);
    }

    @Test
    void generatesCredentialsOnlyForItsJwtRequirement() {
        EndpointListener withAuth = listener(ReturnType.DATA).withJwt(new JwtRequirement(true, "", EndpointSecret.NONE));

        EndpointListener generated = withAuth.withGeneratedCredentials(new SecureRandom());

        assertThat(generated.jwt().endpointKey()).matches("[0-9a-f]{32}");
        assertThat(generated.withJwt(withAuth.jwt())).isEqualTo(withAuth);
    }

    @Test
    void readsMissingCorsDomainsAsEmpty() {
        assertThat(new CorsRules(true, null).domains()).isEmpty();
    }

    @Test
    void answersPreflightsWithoutATokenUnlessToldToBeStrict() {
        assertThat(new CorsRules(true, "*").strictPreflightAuth()).isFalse();
        assertThat(CorsRules.OFF.strictPreflightAuth()).isFalse();
    }

    @Test
    void keepsItsRequestLogRetentionThroughChanges() {
        EndpointListener listener = listener(ReturnType.DATA).withRequestLogRetention(Optional.of(Duration.ofDays(7)));

        assertThat(listener.withAddress(anAddress()).requestLogRetention()).contains(Duration.ofDays(7));
        assertThat(listener.withJwt(JwtRequirement.OFF).requestLogRetention()).contains(Duration.ofDays(7));
        assertThat(listener(ReturnType.DATA).requestLogRetention()).isEmpty();
    }

    @Test
    void refusesARequestLogRetentionShorterThanADayOrLongerThanTenYears() {
        assertThatIllegalArgumentException().isThrownBy(() ->
                listener(ReturnType.DATA).withRequestLogRetention(Optional.of(Duration.ofHours(1))));
        assertThatIllegalArgumentException().isThrownBy(() ->
                listener(ReturnType.DATA).withRequestLogRetention(Optional.of(Duration.ofDays(3651))));
    }
}
