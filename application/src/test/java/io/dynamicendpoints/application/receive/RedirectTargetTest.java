package io.dynamicendpoints.application.receive;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a rendered redirect may send a browser: http(s) URLs and references relative to the endpoint. */
class RedirectTargetTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "https://example.com/thank-you?ref=C-1",
            "http://example.com",
            "HTTPS://EXAMPLE.COM/",
            "https://example.com/?back=javascript:alert(1)",
            "https://example.com/search?q=a\\b",
            "/thanks",
            "/thanks?next=//evil.example",
            "thanks.html",
            "../done",
            "?step=2",
            "#top",
            "path/with:colon"})
    void allowsHttpUrlsAndRelativeReferences(String target) {
        assertThat(RedirectTarget.isAllowed(target)).as(target).isTrue();
    }

    @Test
    void refusesJavascriptRedirect() {
        assertThat(RedirectTarget.isAllowed("javascript:alert(document.cookie)")).isFalse();
        assertThat(RedirectTarget.isAllowed("JaVaScRiPt:alert(1)")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
            "vbscript:msgbox(1)",
            "file:///etc/passwd",
            "ftp://example.com/file",
            "\u0001javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "https://example.com/\r\nSet-Cookie: session=stolen",
            "//evil.example/path",
            "/\\evil.example",
            "\\\\evil.example",
            "https:evil.example",
            "https:///evil.example",
            "https://",
            ""})
    void refusesOtherSchemesHostSwitchesAndControlCharacters(String target) {
        assertThat(RedirectTarget.isAllowed(target)).as(target).isFalse();
    }
}
