package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.testing.JacksonJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** behaviour.md §7.1 "Content-type detection for data" and cases 43–46. */
class ReplyContentTypeTest {

    private final ReplyContentType contentTypes = new ReplyContentType(new JacksonJson());

    @ParameterizedTest
    @ValueSource(strings = {"{\"status\":\"received\"}", "[1, 2]", "  {\"a\": {\"b\": [true, null]}}\n", "{}", "[]"})
    void detectsAJsonObjectOrArray(String body) {
        assertThat(contentTypes.detect(body)).contains("application/json; charset=UTF-8");
    }

    @Test
    void detectsWellFormedXml() {
        assertThat(contentTypes.detect("<?xml version=\"1.0\"?><ok/>")).contains("application/xml; charset=UTF-8");
        assertThat(contentTypes.detect("<a><b>1</b></a>")).contains("application/xml; charset=UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "<html><body>Hi</body></html>",
            "<!DOCTYPE html><html><body>Hi</body></html>",
            "<!doctype HTML>\n<HTML><p>Hi",
            "  <HTML lang=\"en\"><body>Hi</body></HTML>"})
    void detectsAnHtmlDocumentEvenWhenItIsNotWellFormedXml(String body) {
        assertThat(contentTypes.detect(body)).contains("text/html; charset=UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ok", "received: C-1", "\"quoted\"", "42", "{not json", "[1, 2", "<a><b></a>", "<p>Hi"})
    void fallsBackToHtmlForAnythingElse(String body) {
        assertThat(contentTypes.detect(body)).contains("text/html; charset=UTF-8");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\n\t "})
    void hasNoContentTypeForAnEmptyReply(String body) {
        assertThat(contentTypes.detect(body)).isEmpty();
    }

    @Test
    void neverResolvesExternalEntities() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><r>&x;</r>";

        assertThat(contentTypes.detect(xxe)).contains("text/html; charset=UTF-8");
    }
}
