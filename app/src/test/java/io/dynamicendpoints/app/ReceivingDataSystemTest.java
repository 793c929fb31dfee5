package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.Sessions;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.app.PlatformClient.publishedWorkflow;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Receiving data over real HTTP (behaviour.md §6, §7.1, §11): acceptance cases 5–18 and 43–48, and the
 * refusals of a body that cannot be read. Each test creates its endpoint through the admin API and calls
 * it as an outside system would. The body limit is lowered to 64 KB here so that "too large" is cheap to
 * send; the server's own request limit follows it, which is part of what is tested.
 */
@MicronautTest(transactional = false)
@Property(name = "spec.name", value = "ReceivingDataSystemTest")
@Property(name = "dynamic-endpoints.listener.max-body-size", value = "64KB")
class ReceivingDataSystemTest {

    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json");
    private static final Map<String, String> FORM = Map.of("Content-Type", "application/x-www-form-urlencoded");

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient client;

    @BeforeEach
    void signIn() {
        client = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    /** An endpoint that answers {@code data} with {@code template}. */
    private String dataEndpoint(String template) {
        return client.createWorkflow(publishedWorkflow("data", "return_data", template));
    }

    /**
     * Stands in for the product's session cookie (behaviour.md §6.2): the platform itself has no
     * endpoint sessions, so the port's production implementation finds none.
     */
    @Singleton
    @Replaces(Sessions.class)
    @Requires(property = "spec.name", value = "ReceivingDataSystemTest")
    static final class CookieSessions implements Sessions {

        @Override
        public Optional<SignedInUser> signedInUser(Map<String, List<String>> headers) {
            return headers.getOrDefault("cookie", List.of()).stream().anyMatch(cookie -> cookie.contains("session=jane"))
                    ? Optional.of(new SignedInUser("7", "Jane Doe"))
                    : Optional.empty();
        }
    }

    @Nested
    class Extraction {

        /** Case 5. */
        @Test
        void getWithoutBodyReadsTheQuery() {
            String url = dataEndpoint("ping={{ __data.ping }}");

            HttpResponse<String> reply = client.send("GET", url + "?ping=1", Map.of(), null);

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo("ping=1");
        }

        /** Case 6. */
        @Test
        void putIsReadLikePost() {
            String url = dataEndpoint("a={{ __data.a }}");

            assertThat(client.send("PUT", url, JSON, "{\"a\":1}").body()).isEqualTo("a=1");
            assertThat(client.send("POST", url, JSON, "{\"a\":1}").body()).isEqualTo("a=1");
        }

        /** Case 7. */
        @Test
        void bodyFieldsLiveUnderDataNotAtTheTopLevel() {
            String url = dataEndpoint("[{{ __data.customer_email }}][{{ customer_email }}]");

            HttpResponse<String> reply = client.send("POST", url, JSON,
                    "{\"invoice_amount\":2500,\"customer_email\":\"john@example.com\"}");

            assertThat(reply.body()).isEqualTo("[john@example.com][]");
        }

        /** Case 8. */
        @Test
        void nestedObjectsAndArraysAreReachableByPath() {
            String url = dataEndpoint("{{ __data.order.items[0].sku }},{{ __data.order.items[1].sku }}");

            HttpResponse<String> reply = client.send("POST", url, JSON,
                    "{\"order\":{\"items\":[{\"sku\":\"A1\"},{\"sku\":\"B2\"}]}}");

            assertThat(reply.body()).isEqualTo("A1,B2");
        }

        /** Case 9. */
        @Test
        void urlEncodedFormFieldsAreDecoded() {
            String url = dataEndpoint("{{ __data.first_name }} <{{ __data.email }}>");

            HttpResponse<String> reply = client.send("POST", url, FORM, "first_name=Sara&email=sara.smith%40gmail.com");

            assertThat(reply.body()).isEqualTo("Sara <sara.smith@gmail.com>");
        }

        /** Case 10. */
        @Test
        void queryIsMergedWithAForm() {
            String url = dataEndpoint("{{ __data.source }}/{{ __data.name }}");

            assertThat(client.send("POST", url + "?source=web", FORM, "name=Ann").body()).isEqualTo("web/Ann");
        }

        /** Case 11. */
        @Test
        void queryIsMergedWithJson() {
            String url = dataEndpoint("{{ __data.campaign }}/{{ __data.a }}");

            assertThat(client.send("POST", url + "?campaign=spring", JSON, "{\"a\":1}").body()).isEqualTo("spring/1");
        }

        /** Case 12. */
        @Test
        void multipartTextPartsLandUnderData() {
            String url = dataEndpoint("{{ __data.first_name }} {{ __data.last_name }}");
            String body = "--XyZ\r\nContent-Disposition: form-data; name=\"first_name\"\r\n\r\nSara\r\n"
                    + "--XyZ\r\nContent-Disposition: form-data; name=\"last_name\"\r\n\r\nSmith\r\n--XyZ--\r\n";

            HttpResponse<String> reply = client.send("POST", url,
                    Map.of("Content-Type", "multipart/form-data; boundary=XyZ"), body);

            assertThat(reply.body()).isEqualTo("Sara Smith");
        }

        @Test
        void multipartFilesAreDescribedNotStored() {
            String url = dataEndpoint("{{ __data.invoice|json_encode }}");
            byte[] pdf = {'%', 'P', 'D', 'F', 0, (byte) 0xFF, 1, 2};
            byte[] head = ("--XyZ\r\nContent-Disposition: form-data; name=\"invoice\"; filename=\"march.pdf\"\r\n"
                    + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
            byte[] tail = "\r\n--XyZ--\r\n".getBytes(StandardCharsets.US_ASCII);

            HttpResponse<String> reply = client.sendBytes("POST", url,
                    Map.of("Content-Type", "multipart/form-data; boundary=XyZ"), concat(head, pdf, tail));

            assertThat(reply.body()).isEqualTo("{\"name\":\"march.pdf\",\"size\":8,\"content_type\":\"application/pdf\"}");
        }

        @Test
        void bracketNotationBuildsNestedValues() {
            String url = dataEndpoint("{{ __data.items[1].sku }} {{ __data.tags|join('+') }} {{ __data.filter.status }}");

            HttpResponse<String> reply = client.send("POST", url + "?filter%5Bstatus%5D=open", FORM,
                    "items%5B0%5D%5Bsku%5D=A1&items%5B1%5D%5Bsku%5D=B2&tags%5B%5D=a&tags%5B%5D=b");

            assertThat(reply.body()).isEqualTo("B2 a+b open");
        }

        /** Case 13. */
        @Test
        void plainTextLandsWhollyInTheRawBody() {
            String url = dataEndpoint("{{ __data.__raw_body }}|{{ __data|keys|join(',') }}");

            HttpResponse<String> reply = client.send("POST", url, Map.of("Content-Type", "text/plain"), "hello world");

            assertThat(reply.body()).isEqualTo("hello world|__headers,__raw_body");
        }

        /** Case 14. */
        @Test
        void xmlLandsExactlyInTheRawBody() {
            String url = dataEndpoint("{{ __data.__raw_body|raw }}");

            HttpResponse<String> reply = client.send("POST", url, Map.of("Content-Type", "application/xml"), "<a><b>1</b></a>");

            assertThat(reply.body()).isEqualTo("<a><b>1</b></a>");
        }

        /** Case 15. */
        @Test
        void bodyWinsAClashWithTheQuery() {
            String url = dataEndpoint("x={{ __data.x }}");

            assertThat(client.send("POST", url + "?x=1", JSON, "{\"x\":2}").body()).isEqualTo("x=2");
        }

        /** Case 16. */
        @Test
        void headersAreReadByLowerCaseName() {
            String url = dataEndpoint("{{ __data.__headers['x-event-type'] }}");

            HttpResponse<String> reply = client.send("POST", url,
                    Map.of("Content-Type", "application/json", "X-Event-Type", "order.created"), "{}");

            assertThat(reply.body()).isEqualTo("order.created");
        }

        @Test
        void aHeaderSentTwiceInTwoCasesArrivesUnderOneNameWithBothValuesInOrder() throws IOException {
            String path = URI.create(dataEndpoint("{{ __data.__headers['x-tag'] }}")).getPath();

            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Tag: first\r\n"
                        + "Content-Type: application/json\r\nx-tag: second\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

                assertThat(answer).startsWith("HTTP/1.1 200").endsWith("\r\n\r\nfirst, second");
            }
        }

        /** Case 17. */
        @Test
        void reservedKeysCannotBeSpoofedByTheBody() {
            String url = dataEndpoint("{{ __data.__headers['content-type'] }}|[{{ __data.__logged_in_user_id }}]");

            HttpResponse<String> reply = client.send("POST", url, JSON,
                    "{\"__headers\":\"spoof\",\"__logged_in_user_id\":1}");

            assertThat(reply.body()).isEqualTo("application/json|[]");
        }

        /** Case 18. */
        @Test
        void theSignedInUserOfTheCallersSessionIsExposed() {
            String url = dataEndpoint("[{{ __data.__logged_in_user_id }}][{{ __data.__logged_in_user_full_name }}]");

            HttpResponse<String> withSession = client.send("GET", url, Map.of("Cookie", "session=jane"), null);
            HttpResponse<String> without = client.send("GET", url, Map.of(), null);

            assertThat(withSession.body()).isEqualTo("[7][Jane Doe]");
            assertThat(without.body()).isEqualTo("[][]");
        }

        @Test
        void theDeclaredCharsetIsHonoured() {
            String url = dataEndpoint("{{ __data.city }}|{{ __data.name }}");

            HttpResponse<String> form = client.sendBytes("POST", url,
                    Map.of("Content-Type", "application/x-www-form-urlencoded; charset=ISO-8859-1"),
                    "city=K%F6ln".getBytes(StandardCharsets.US_ASCII));
            HttpResponse<String> jsonUtf16 = client.sendBytes("POST", url,
                    Map.of("Content-Type", "application/json; charset=UTF-16"),
                    "{\"name\":\"Grüße\"}".getBytes(StandardCharsets.UTF_16));
            HttpResponse<String> textLatin1 = client.sendBytes("POST", dataEndpoint("{{ __data.__raw_body }}"),
                    Map.of("Content-Type", "text/plain; charset=ISO-8859-1"), "Grüße".getBytes(Charset.forName("ISO-8859-1")));

            assertThat(form.body()).isEqualTo("Köln|");
            assertThat(jsonUtf16.body()).isEqualTo("|Grüße");
            assertThat(textLatin1.body()).isEqualTo("Grüße");
        }
    }

    @Nested
    class Refusals {

        /**
         * Sends {@code head} (request line and headers, without the blank line) and a 2-byte JSON body
         * over a plain socket, as any client would, and reads the answer to its end: the JDK client
         * refuses to send headers this large itself.
         */
        private RawAnswer sendRaw(String head) throws IOException {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                socket.setSoTimeout(10_000);
                socket.getOutputStream().write((head + "\r\nContent-Type: application/json\r\nContent-Length: 2\r\n"
                        + "Connection: close\r\n\r\n{}").getBytes(StandardCharsets.ISO_8859_1));
                String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                return new RawAnswer(answer.substring(0, answer.indexOf("\r\n")),
                        answer.substring(answer.indexOf("\r\n\r\n") + 4));
            }
        }

        private record RawAnswer(String statusLine, String body) {
        }

        @Test
        void refusesAFormOfMoreFieldsThanTheLimitWithTooManyFields() {
            String url = dataEndpoint("ok");

            // 60 KB, under this test's 64 KB body limit, but 15,000 fields: more than the default 10,000.
            HttpResponse<String> reply = client.send("POST", url,
                    Map.of("Content-Type", "application/x-www-form-urlencoded"), "a&".repeat(15_000) + "&b=1".repeat(3_000));

            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(client.parse(reply.body())).containsEntry("error", "too_many_fields");
        }

        @Test
        void headersOverTheLimitAreRefusedWithHeaderFieldsTooLarge() throws IOException {
            String path = URI.create(dataEndpoint("ok")).getPath();

            // Far past the 16 KB limit: the server answers although the client is still sending.
            RawAnswer answer = sendRaw("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nX-Pad: " + "a".repeat(256 * 1024));

            assertThat(answer.statusLine()).matches("HTTP/1\\.[01] 431 .*");
            assertThat(client.parse(answer.body())).containsEntry("error", "headers_too_large");
        }

        @Test
        void aRequestLineOverTheLimitIsRefusedWithUriTooLong() throws IOException {
            String path = URI.create(dataEndpoint("ok")).getPath();

            RawAnswer answer = sendRaw("POST " + path + "?q=" + "a".repeat(9 * 1024) + " HTTP/1.1\r\nHost: localhost");

            // The decoder never read the request line, so the answer says HTTP/1.0.
            assertThat(answer.statusLine()).matches("HTTP/1\\.[01] 414 .*");
            assertThat(client.parse(answer.body())).containsEntry("error", "uri_too_long");
        }

        @Test
        void aBodyOverTheLimitIsRefusedWithPayloadTooLarge() {
            String url = dataEndpoint("ok");

            HttpResponse<String> reply = client.sendBytes("POST", url, Map.of("Content-Type", "text/plain"),
                    new byte[64 * 1024 + 1]);

            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(client.parse(reply.body())).containsEntry("error", "payload_too_large")
                    .hasEntrySatisfying("message", message -> assertThat((String) message).contains("at most 65536 bytes"));
        }

        @Test
        void aChunkedBodyOverTheLimitIsRefusedWhileItArrives() {
            String url = dataEndpoint("ok");

            HttpResponse<String> reply = client.sendBody("POST", url, Map.of("Content-Type", "text/plain"),
                    BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[200 * 1024])));

            assertThat(reply.statusCode()).isEqualTo(413);
            assertThat(client.parse(reply.body())).containsEntry("error", "payload_too_large");
        }

        @Test
        void aBodyAtTheLimitIsAccepted() {
            String url = dataEndpoint("{{ __data.__raw_body|length }}");

            HttpResponse<String> reply = client.sendBytes("POST", url, Map.of("Content-Type", "text/plain"),
                    "x".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII));

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEqualTo(Integer.toString(64 * 1024));
        }

        @Test
        void malformedJsonIsRefusedNamingLineAndColumn() {
            String url = dataEndpoint("ok");

            HttpResponse<String> reply = client.send("POST", url, JSON, "{\n  \"a\": 1,\n  \"b\" 2\n}");

            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(client.parse(reply.body())).containsEntry("error", "invalid_json")
                    .hasEntrySatisfying("message", message -> assertThat((String) message).endsWith("line 3, column 7"));
        }

        @Test
        void anUnsupportedCharsetIsRefused() {
            String url = dataEndpoint("ok");

            HttpResponse<String> reply = client.send("POST", url, Map.of("Content-Type", "text/plain; charset=klingon"), "Qapla'");

            assertThat(reply.statusCode()).isEqualTo(415);
            assertThat(client.parse(reply.body())).containsEntry("error", "unsupported_charset");
        }

        @Test
        void aBrokenMultipartBodyIsRefused() {
            String url = dataEndpoint("ok");

            HttpResponse<String> reply = client.send("POST", url, Map.of("Content-Type", "multipart/form-data"), "--X\r\n");

            assertThat(reply.statusCode()).isEqualTo(400);
            assertThat(client.parse(reply.body())).containsEntry("error", "invalid_multipart");
        }
    }

    @Nested
    class Responding {

        /** Case 43. */
        @Test
        void xmlReplyIsServedAsXml() {
            HttpResponse<String> reply = client.send("POST", dataEndpoint("<?xml version=\"1.0\"?><ok/>"), JSON, "{}");

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/xml"));
        }

        /** Case 44. */
        @Test
        void htmlReplyIsServedAsHtml() {
            HttpResponse<String> reply = client.send("POST", dataEndpoint("<html><body>Hi</body></html>"), JSON, "{}");

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        }

        /** Case 45. */
        @Test
        void jsonReplyEchoesABodyField() {
            HttpResponse<String> reply = client.send("POST", dataEndpoint("{\"ref\":\"{{ __data.case_ref }}\"}"), JSON,
                    "{\"case_ref\":\"C-1\"}");

            assertThat(reply.body()).isEqualTo("{\"ref\":\"C-1\"}");
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
        }

        @Test
        void jsonReplyStaysValidJsonWhateverTheCallerSent() {
            HttpResponse<String> reply = client.send("POST", dataEndpoint("{\"echo\":\"{{ __data.text }}\"}"), JSON,
                    "{\"text\":\"say \\\"hi\\\" <b>&</b>\\n\"}");

            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(client.parse(reply.body())).containsEntry("echo", "say \"hi\" <b>&</b>\n");
        }

        /** Case 46. */
        @Test
        void emptyReplyIsOkWithoutBody() {
            HttpResponse<String> reply = client.send("POST", dataEndpoint(""), JSON, "{}");

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).isEmpty();
            assertThat(reply.headers().firstValue("Content-Length")).hasValue("0");
        }

        /** Case 47. */
        @Test
        void htmlReturnTypeRendersTheForm() {
            String url = client.createWorkflow(publishedWorkflow("html", "return_html",
                    "<html><body><h1>Thanks, {{ __data.first_name }}</h1></body></html>"));

            HttpResponse<String> reply = client.send("POST", url, FORM, "first_name=Sara");

            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(reply.body()).contains("Thanks, Sara");
            assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/html"));
        }

        @Test
        void htmlReturnTypeEscapesWhatTheCallerSent() {
            String url = client.createWorkflow(publishedWorkflow("html", "return_html",
                    "<p>Thanks, {{ __data.first_name }}</p>"));

            HttpResponse<String> reply = client.send("POST", url, FORM, "first_name=%3Cscript%3Ealert(1)%3C%2Fscript%3E");

            assertThat(reply.body()).isEqualTo("<p>Thanks, &lt;script&gt;alert(1)&lt;/script&gt;</p>");
        }

        /** Case 48. */
        @Test
        void redirectGoesToTheRenderedUrl() {
            String url = client.createWorkflow(publishedWorkflow("redirect", "return_redirect",
                    "https://example.com/thank-you?ref={{ __data.case_ref }}"));

            HttpResponse<String> reply = client.send("POST", url, FORM, "case_ref=C-1");

            assertThat(reply.statusCode()).isEqualTo(302);
            assertThat(reply.headers().firstValue("Location")).hasValue("https://example.com/thank-you?ref=C-1");
        }
    }

    @Nested
    class Scripting {

        @Test
        void functionsAndFiltersRenderInAReply() {
            String url = dataEndpoint("{\"amount\":\"{{ formatCurrency(__data.invoice_amount, '€') }}\","
                    + "\"who\":\"{{ __data.name|default('guest')|upper }}\",\"items\":{{ __data.items|length }}}");

            HttpResponse<String> reply = client.send("POST", url, JSON, "{\"invoice_amount\":2500,\"items\":[1,2,3]}");

            assertThat(reply.body()).isEqualTo("{\"amount\":\"€2,500.00\",\"who\":\"GUEST\",\"items\":3}");
        }

        @Test
        void aTemplateThatReadsAFileIsRefusedWhenSaved() {
            HttpResponse<String> created = client.api("POST", "/api/workflows",
                    publishedWorkflow("data", "return_data", "{% include \"/etc/passwd\" %}"));

            assertThat(created.statusCode()).isEqualTo(400);
            assertThat(created.body()).contains("include").doesNotContain("root:");
        }

        @Test
        void aRunawayTemplateFailsCleanlyWithoutHangingTheListener() {
            String url = dataEndpoint("{% for i in 1..1000000000 %}{% for j in 1..1000000000 %}x{% endfor %}{% endfor %}");

            HttpResponse<String> reply = client.send("POST", url, JSON, "{}");

            assertThat(reply.statusCode()).isEqualTo(500);
            assertThat(client.parse(reply.body())).containsEntry("error", "template_failed");
        }
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] joined = new byte[length];
        int offset = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, joined, offset, part.length);
            offset += part.length;
        }
        return joined;
    }
}
