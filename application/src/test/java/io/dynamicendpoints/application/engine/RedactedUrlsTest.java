package io.dynamicendpoints.application.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a failure's detail the server log may keep: URLs without the parts that carry secrets. */
class RedactedUrlsTest {

    @Test
    void cutsTheQueryStringOfAUrl() {
        assertThat(RedactedUrls.in("Not a URL: https://partner.example/hook?api_key=s3cr3t&x=1"))
                .isEqualTo("Not a URL: https://partner.example/hook?\u2026");
    }

    @Test
    void cutsAQueryWithWhiteSpaceToTheEnd() {
        assertThat(RedactedUrls.in("Not a URL: https://partner.example/hook?note=a b&api_key=s3cr3t"))
                .isEqualTo("Not a URL: https://partner.example/hook?\u2026");
    }

    @Test
    void cutsTheQueryOfAUrlWithoutScheme() {
        assertThat(RedactedUrls.in("Only http and https URLs can be called: partner.example/hook?token=s3cr3t"))
                .isEqualTo("Only http and https URLs can be called: partner.example/hook?\u2026");
    }

    @Test
    void cutsUserInfoAndFragments() {
        assertThat(RedactedUrls.in("(https://bob:pa55@partner.example/x#access_token=s3cr3t)"))
                .isEqualTo("(https://\u2026@partner.example/x#\u2026");
    }

    @Test
    void leavesTextWithoutSecretsAlone() {
        String detail = "upstream_timeout: No answer from partner.example within 200 ms. Down?";

        assertThat(RedactedUrls.in(detail)).isEqualTo(detail);
        assertThat(RedactedUrls.in(null)).isNull();
    }
}
