package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.port.Sessions;
import io.dynamicendpoints.application.testing.JacksonJson;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.MAP;

/** behaviour.md §6.1–6.2 and acceptance cases 5–17. */
class RequestExtractionTest {

    private final RequestExtraction extraction = new RequestExtraction(new JacksonJson());

    /** A request builder that reads like the HTTP request it stands for. */
    private static final class Request {
        private String method = "POST";
        private final Map<String, List<String>> query = new LinkedHashMap<>();
        private final Map<String, List<String>> headers = new LinkedHashMap<>();
        private byte[] body = new byte[0];

        static Request post() {
            return new Request();
        }

        static Request get() {
            Request request = new Request();
            request.method = "GET";
            return request;
        }

        Request query(String name, String... values) {
            query.put(name, List.of(values));
            return this;
        }

        Request header(String name, String... values) {
            headers.put(name, List.of(values));
            return this;
        }

        Request body(String contentType, String text) {
            return body(contentType, text.getBytes(StandardCharsets.UTF_8));
        }

        Request body(String contentType, byte[] bytes) {
            if (contentType != null) {
                headers.put("content-type", List.of(contentType));
            }
            body = bytes;
            return this;
        }

        IncomingRequest build() {
            return new IncomingRequest(method, FIRST_HASH, SECOND_HASH, query, headers, body);
        }
    }

    private Map<String, Object> extract(Request request) {
        return extraction.extract(request.build()).data();
    }

    @Nested
    class JsonBody {

        @Test
        void putsTheFieldsOfAJsonObjectUnderData() {
            Map<String, Object> data = extract(Request.post().body("application/json",
                    "{\"invoice_amount\":2500,\"customer_email\":\"john@example.com\"}"));

            assertThat(data).containsEntry("invoice_amount", 2500).containsEntry("customer_email", "john@example.com");
        }

        @Test
        void keepsNestedObjectsAndArrays() {
            Map<String, Object> data = extract(Request.post().body("application/json",
                    "{\"order\":{\"items\":[{\"sku\":\"A1\"},{\"sku\":\"B2\"}]}}"));

            assertThat(data).extractingByKey("order", MAP)
                    .isEqualTo(Map.of("items", List.of(Map.of("sku", "A1"), Map.of("sku", "B2"))));
        }

        @Test
        void putsTheElementsOfATopLevelArrayUnderTheirIndex() {
            Map<String, Object> data = extract(Request.post().body("application/json", "[{\"a\":1},\"two\"]"));

            assertThat(data).containsEntry("0", Map.of("a", 1)).containsEntry("1", "two");
        }

        @Test
        void putsAJsonScalarWhollyUnderTheRawBody() {
            Map<String, Object> data = extract(Request.post().body("application/json", "\"abc\""));

            assertThat(data).containsEntry("__raw_body", "\"abc\"").doesNotContainKey("abc");
        }

        @ParameterizedTest
        @ValueSource(strings = {"application/json; charset=utf-8", "APPLICATION/JSON", "application/vnd.api+json",
                "application/problem+json"})
        void recognisesJsonByItsMediaType(String contentType) {
            assertThat(extract(Request.post().body(contentType, "{\"a\":1}"))).containsEntry("a", 1);
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain", ""})
        void readsJsonSentAsPlainTextOrWithoutType(String contentType) {
            Request request = Request.post().body(contentType.isEmpty() ? null : contentType, " {\"a\":1}\n");

            assertThat(extract(request)).containsEntry("a", 1).doesNotContainKey("__raw_body");
        }

        @Test
        void refusesMalformedJsonDeclaredAsJsonNamingLineAndColumn() {
            assertThatThrownBy(() -> extract(Request.post().body("application/json", "{\n  \"a\": 1,\n  \"b\" 2\n}")))
                    .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(BodyRefusal.INVALID_JSON);
                        assertThat(e.response().status()).isEqualTo(400);
                        assertThat(e.getMessage()).endsWith("at line 3, column 7");
                    });
        }

        @Test
        void refusesMalformedJsonDeclaredWithAPlusJsonType() {
            assertThatThrownBy(() -> extract(Request.post().body("application/vnd.api+json", "[1,")))
                    .isInstanceOfSatisfying(UnreadableBodyException.class,
                            e -> assertThat(e.refusal()).isEqualTo(BodyRefusal.INVALID_JSON));
        }

        @Test
        void readsJsonInItsDeclaredCharset() {
            byte[] utf16 = "{\"name\":\"Grüße\"}".getBytes(StandardCharsets.UTF_16);

            assertThat(extract(Request.post().body("application/json; charset=UTF-16", utf16)))
                    .containsEntry("name", "Grüße");
        }

        @Test
        void ignoresAUtf8ByteOrderMarkBeforeJson() {
            assertThat(extract(Request.post().body("application/json", "\uFEFF{\"a\":1}"))).containsEntry("a", 1);
        }

        @Test
        void keepsPlainTextThatOnlyLooksLikeJsonAsRawBody() {
            assertThat(extract(Request.post().body("text/plain", "{hello}"))).containsEntry("__raw_body", "{hello}");
        }

        @Test
        void readsOnlyTheQueryWhenAJsonBodyIsEmpty() {
            Map<String, Object> data = extract(Request.post().query("ping", "1").body("application/json", ""));

            assertThat(data).containsOnlyKeys("ping", "__headers");
        }
    }

    @Nested
    class FormBody {

        @Test
        void decodesAFormBody() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded",
                    "first_name=Sara&email=sara.smith%40gmail.com"));

            assertThat(data).containsEntry("first_name", "Sara").containsEntry("email", "sara.smith@gmail.com");
        }

        @Test
        void decodesPlusAsSpaceAndKeepsEmptyValues() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded; charset=UTF-8",
                    "name=Ann+Lee&empty=&flag"));

            assertThat(data).containsEntry("name", "Ann Lee").containsEntry("empty", "").containsEntry("flag", "");
        }

        @Test
        void mergesTheQueryWithTheForm() {
            Map<String, Object> data = extract(Request.post().query("source", "web")
                    .body("application/x-www-form-urlencoded", "name=Ann"));

            assertThat(data).containsEntry("source", "web").containsEntry("name", "Ann");
        }

        @Test
        void decodesTheTextPartsOfAMultipartForm() {
            String body = """
                    --XyZ\r
                    Content-Disposition: form-data; name="first_name"\r
                    \r
                    Sara\r
                    --XyZ\r
                    Content-Disposition: form-data; name="last_name"\r
                    \r
                    Smith\r
                    --XyZ--\r
                    """;

            Map<String, Object> data = extract(Request.post().body("multipart/form-data; boundary=XyZ", body));

            assertThat(data).containsEntry("first_name", "Sara").containsEntry("last_name", "Smith")
                    .doesNotContainKey("__raw_body");
        }

        @Test
        void expandsBracketKeysIntoNestedValues() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded",
                    "items%5B0%5D%5Bsku%5D=A1&tags%5B%5D=a&tags%5B%5D=b"));

            assertThat(data).containsEntry("items", List.of(Map.of("sku", "A1"))).containsEntry("tags", List.of("a", "b"));
        }
    }

    @Nested
    class FormDetails {

        @Test
        void decodesAFormInItsDeclaredCharset() {
            byte[] latin1 = "name=Gr%FC%DFe&city=K%F6ln".getBytes(StandardCharsets.US_ASCII);

            Map<String, Object> data = extract(Request.post()
                    .body("application/x-www-form-urlencoded; charset=ISO-8859-1", latin1));

            assertThat(data).containsEntry("name", "Grüße").containsEntry("city", "Köln");
        }

        @Test
        void keepsABrokenPercentEscapeAsWritten() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded",
                    "discount=100%&code=%zz1&ok=%41"));

            assertThat(data).containsEntry("discount", "100%").containsEntry("code", "%zz1").containsEntry("ok", "A");
        }

        @Test
        void expandsNestedMapsAndAppendsToLists() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded",
                    "a[b][c]=1&a[b][d]=2&a[e][]=x&a[e][]=y"));

            assertThat(data).containsEntry("a", Map.of("b", Map.of("c", "1", "d", "2"), "e", List.of("x", "y")));
        }

        @Test
        void expandsBracketNotationInTheQueryToo() {
            Map<String, Object> data = extract(Request.get().query("filter[status]", "open").query("ids[]", "3", "4"));

            assertThat(data).containsEntry("filter", Map.of("status", "open")).containsEntry("ids", List.of("3", "4"));
        }

        @Test
        void letsTheBodyReplaceAWholeQueryValue() {
            Map<String, Object> data = extract(Request.post().query("a[x]", "1")
                    .body("application/x-www-form-urlencoded", "a[y]=2"));

            assertThat(data).containsEntry("a", Map.of("y", "2"));
        }

        @Test
        void describesUploadedFilesWithoutTheirContent() {
            String body = """
                    --b0undary\r
                    Content-Disposition: form-data; name="note"\r
                    \r
                    see attachments\r
                    --b0undary\r
                    Content-Disposition: form-data; name="invoice"; filename="invoice.pdf"\r
                    Content-Type: application/pdf\r
                    \r
                    %PDF-1.7 twelve\r
                    --b0undary\r
                    Content-Disposition: form-data; name="photos[]"; filename="a.jpg"\r
                    Content-Type: image/jpeg\r
                    \r
                    abc\r
                    --b0undary\r
                    Content-Disposition: form-data; name="photos[]"; filename="b.bin"\r
                    \r
                    \r
                    --b0undary--\r
                    """;

            Map<String, Object> data = extract(Request.post().body("multipart/form-data; boundary=b0undary", body));

            assertThat(data).containsEntry("note", "see attachments")
                    .containsEntry("invoice", Map.of("name", "invoice.pdf", "size", 15, "content_type", "application/pdf"))
                    .containsEntry("photos", List.of(
                            Map.of("name", "a.jpg", "size", 3, "content_type", "image/jpeg"),
                            Map.of("name", "b.bin", "size", 0, "content_type", "application/octet-stream")))
                    .doesNotContainKey("__raw_body");
        }

        @Test
        void mergesTheQueryWithAMultipartForm() {
            String body = "--X\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nAnn\r\n--X--";

            Map<String, Object> data = extract(Request.post().query("source", "web")
                    .body("multipart/form-data; boundary=X", body));

            assertThat(data).containsEntry("source", "web").containsEntry("name", "Ann");
        }

        @Test
        void readsAMultipartFieldInItsOwnCharset() {
            byte[] head = "--X\r\nContent-Disposition: form-data; name=\"city\"\r\nContent-Type: text/plain; charset=ISO-8859-1\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII);
            byte[] value = "Köln".getBytes(Charset.forName("ISO-8859-1"));
            byte[] tail = "\r\n--X--\r\n".getBytes(StandardCharsets.US_ASCII);
            byte[] body = new byte[head.length + value.length + tail.length];
            System.arraycopy(head, 0, body, 0, head.length);
            System.arraycopy(value, 0, body, head.length, value.length);
            System.arraycopy(tail, 0, body, head.length + value.length, tail.length);

            assertThat(extract(Request.post().body("multipart/form-data; boundary=X", body))).containsEntry("city", "Köln");
        }

        @ParameterizedTest
        @ValueSource(strings = {"multipart/form-data", "multipart/form-data; boundary=NOT-THERE"})
        void refusesAMultipartBodyThatDoesNotFollowItsBoundary(String contentType) {
            assertThatThrownBy(() -> extract(Request.post().body(contentType, "--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--X--")))
                    .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(BodyRefusal.INVALID_MULTIPART);
                        assertThat(e.response().status()).isEqualTo(400);
                    });
        }

        @Test
        void refusesAMultipartBodyCutOffBeforeItsClosingBoundary() {
            assertThatThrownBy(() -> extract(Request.post().body("multipart/form-data; boundary=X",
                    "--X\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1")))
                    .isInstanceOf(UnreadableBodyException.class);
        }
    }

    @Nested
    class Limits {

        private final RequestExtraction counted = new RequestExtraction(new JacksonJson(), Sessions.none(),
                new BodyLimits(RequestExtraction.DEFAULT_MAX_BODY_BYTES, 100, 10));

        @Test
        void refusesAFormOfMoreFieldsThanTheLimitBeforeGatheringThem() {
            String hostile = "a=1&".repeat(1_000_000); // the probe's shape: a million fields in a few MB

            assertThatThrownBy(() -> new RequestExtraction(new JacksonJson())
                    .extract(Request.post().body("application/x-www-form-urlencoded", hostile).build()))
                    .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(BodyRefusal.TOO_MANY_FIELDS);
                        assertThat(e.response().status()).isEqualTo(413);
                        assertThat(e.getMessage()).contains("10000");
                    });
        }

        @Test
        void acceptsAFormOfExactlyTheLimit() {
            String body = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "f" + i + "=1")
                    .collect(java.util.stream.Collectors.joining("&"));

            assertThat(counted.extract(Request.post().body("application/x-www-form-urlencoded", body).build()).data())
                    .containsKeys("f0", "f99");
            assertThatThrownBy(() -> counted.extract(Request.post()
                    .body("application/x-www-form-urlencoded", body + "&f100=1").build()))
                    .isInstanceOf(UnreadableBodyException.class);
        }

        @Test
        void refusesAMultipartBodyOfMorePartsThanTheLimitCountingNamelessOnes() {
            String part = "--X\r\nContent-Disposition: form-data\r\n\r\nv\r\n";
            String body = part.repeat(11) + "--X--\r\n";

            assertThatThrownBy(() -> counted.extract(Request.post().body("multipart/form-data; boundary=X", body).build()))
                    .isInstanceOfSatisfying(UnreadableBodyException.class,
                            e -> assertThat(e.refusal()).isEqualTo(BodyRefusal.TOO_MANY_FIELDS));
        }

        @Test
        void refusesABodyOverTheLimit() {
            RequestExtraction small = new RequestExtraction(new JacksonJson(), Sessions.none(), 8);

            assertThatThrownBy(() -> small.extract(Request.post().body("text/plain", "123456789").build()))
                    .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(BodyRefusal.TOO_LARGE);
                        assertThat(e.response().status()).isEqualTo(413);
                        assertThat(e.response().error()).isEqualTo("payload_too_large");
                    });
        }

        @Test
        void acceptsABodyExactlyAtTheLimit() {
            RequestExtraction small = new RequestExtraction(new JacksonJson(), Sessions.none(), 8);

            assertThat(small.extract(Request.post().body("text/plain", "12345678").build()).data())
                    .containsEntry("__raw_body", "12345678");
        }
    }

    @Nested
    class SessionUser {

        private final Sessions janeDoeOnCookie = headers -> headers.getOrDefault("cookie", List.of()).contains("session=s7")
                ? Optional.of(new Sessions.SignedInUser("7", "Jane Doe")) : Optional.empty();
        private final RequestExtraction withSessions =
                new RequestExtraction(new JacksonJson(), janeDoeOnCookie, RequestExtraction.DEFAULT_MAX_BODY_BYTES);

        @Test
        void exposesTheSignedInUserOfTheCallersSession() {
            Map<String, Object> data = withSessions.extract(Request.get().header("cookie", "session=s7").build()).data();

            assertThat(data).containsEntry("__logged_in_user_id", "7").containsEntry("__logged_in_user_full_name", "Jane Doe");
        }

        @Test
        void leavesTheUserAbsentWithoutASession() {
            Map<String, Object> data = withSessions.extract(Request.get().build()).data();

            assertThat(data).doesNotContainKeys("__logged_in_user_id", "__logged_in_user_full_name");
        }

        @Test
        void replacesAUserSpoofedByTheBodyWithTheSessionsUser() {
            Map<String, Object> data = withSessions.extract(Request.post().header("cookie", "session=s7")
                    .body("application/json", "{\"__logged_in_user_id\":1,\"__logged_in_user_full_name\":\"Eve\"}").build()).data();

            assertThat(data).containsEntry("__logged_in_user_id", "7").containsEntry("__logged_in_user_full_name", "Jane Doe");
        }
    }

    @Nested
    class Query {

        @Test
        void readsTheQueryOfARequestWithoutBody() {
            Map<String, Object> data = extract(Request.get().query("ping", "1"));

            assertThat(data).containsEntry("ping", "1").containsOnlyKeys("ping", "__headers");
        }

        @Test
        void mergesTheQueryWithAJsonBody() {
            Map<String, Object> data = extract(Request.post().query("campaign", "spring").body("application/json", "{\"a\":1}"));

            assertThat(data).containsEntry("campaign", "spring").containsEntry("a", 1);
        }

        @Test
        void letsTheBodyWinAClashWithTheQuery() {
            Map<String, Object> data = extract(Request.post().query("x", "1").body("application/json", "{\"x\":2}"));

            assertThat(data).containsEntry("x", 2);
        }

        @Test
        void letsAFormBodyWinAClashWithTheQuery() {
            Map<String, Object> data = extract(Request.post().query("x", "1")
                    .body("application/x-www-form-urlencoded", "x=2"));

            assertThat(data).containsEntry("x", "2");
        }

        @Test
        void keepsTheQueryBesideARawBody() {
            Map<String, Object> data = extract(Request.post().query("source", "web").body("text/plain", "hello"));

            assertThat(data).containsEntry("source", "web").containsEntry("__raw_body", "hello");
        }
    }

    @Nested
    class RawBody {

        @Test
        void putsPlainTextWhollyUnderTheRawBodyAndNothingElse() {
            Map<String, Object> data = extract(Request.post().body("text/plain", "hello world"));

            assertThat(data).containsEntry("__raw_body", "hello world").containsOnlyKeys("__raw_body", "__headers");
        }

        @Test
        void putsXmlWhollyUnderTheRawBody() {
            Map<String, Object> data = extract(Request.post().body("application/xml", "<a><b>1</b></a>"));

            assertThat(data).containsEntry("__raw_body", "<a><b>1</b></a>");
        }

        @Test
        void keepsCsvThatLooksLikeAnArrayAsRawBody() {
            assertThat(extract(Request.post().body("text/csv", "[1,2]"))).containsEntry("__raw_body", "[1,2]");
        }

        @Test
        void decodesTheBodyWithTheDeclaredCharset() {
            byte[] latin1 = "Grüße".getBytes(Charset.forName("ISO-8859-1"));

            Map<String, Object> data = extract(Request.post().body("text/plain; charset=ISO-8859-1", latin1));

            assertThat(data).containsEntry("__raw_body", "Grüße");
        }

        @ParameterizedTest
        @ValueSource(strings = {"text/plain; charset=klingon", "application/json; charset=\"no such\"",
                "application/x-www-form-urlencoded; charset=x-unknown-42"})
        void refusesABodyInACharsetItCannotDecode(String contentType) {
            assertThatThrownBy(() -> extract(Request.post().body(contentType, "a=1")))
                    .isInstanceOfSatisfying(UnreadableBodyException.class, e -> {
                        assertThat(e.refusal()).isEqualTo(BodyRefusal.UNSUPPORTED_CHARSET);
                        assertThat(e.response().status()).isEqualTo(415);
                        assertThat(e.response().error()).isEqualTo("unsupported_charset");
                    });
        }

        @Test
        void ignoresAnUnknownCharsetWhenThereIsNoBody() {
            Map<String, Object> data = extract(Request.get().query("a", "1").header("content-type", "text/plain; charset=klingon"));

            assertThat(data).containsEntry("a", "1");
        }

        @Test
        void decodesAsUtf8WhenNoCharsetIsDeclared() {
            assertThat(extract(Request.post().body("text/plain", "Grüße"))).containsEntry("__raw_body", "Grüße");
        }
    }

    @Nested
    class ReservedKeys {

        @Test
        void putsHeadersUnderHeadersWithLowerCaseNames() {
            Map<String, Object> data = extract(Request.post().header("X-Event-Type", "order.created"));

            assertThat(data).extractingByKey("__headers", MAP).containsEntry("x-event-type", "order.created");
        }

        @Test
        void joinsRepeatedHeadersWithACommaAndSpace() {
            Map<String, Object> data = extract(Request.post().header("accept", "text/html", "application/json"));

            assertThat(data).extractingByKey("__headers", MAP).containsEntry("accept", "text/html, application/json");
        }

        @Test
        void overwritesHeadersSpoofedByTheBody() {
            Map<String, Object> data = extract(Request.post().header("x-real", "yes")
                    .body("application/json", "{\"__headers\":\"spoof\"}"));

            assertThat(data).extractingByKey("__headers", MAP).containsEntry("x-real", "yes")
                    .containsEntry("content-type", "application/json");
        }

        @Test
        void overwritesHeadersSpoofedByTheQuery() {
            Map<String, Object> data = extract(Request.get().query("__headers", "spoof").header("x-real", "yes"));

            assertThat(data).extractingByKey("__headers", MAP).containsOnlyKeys("x-real");
        }

        @Test
        void dropsARawBodySpoofedByAJsonBody() {
            Map<String, Object> data = extract(Request.post().body("application/json", "{\"__raw_body\":\"spoof\"}"));

            assertThat(data).doesNotContainKey("__raw_body");
        }

        @Test
        void dropsARawBodySpoofedByTheQuery() {
            assertThat(extract(Request.get().query("__raw_body", "spoof"))).doesNotContainKey("__raw_body");
        }

        @Test
        void dropsASessionUserSpoofedByTheBody() {
            Map<String, Object> data = extract(Request.post().body("application/json",
                    "{\"__headers\":\"spoof\",\"__logged_in_user_id\":1,\"__logged_in_user_full_name\":\"Eve\"}"));

            assertThat(data).doesNotContainKeys("__logged_in_user_id", "__logged_in_user_full_name");
        }
    }

    @Test
    void usesTheSameExtractionForEveryMethod() {
        for (String method : List.of("GET", "POST", "PUT", "OPTIONS")) {
            IncomingRequest request = new IncomingRequest(method, FIRST_HASH, SECOND_HASH, Map.of(),
                    Map.of("content-type", List.of("application/json")), "{\"a\":1}".getBytes(StandardCharsets.UTF_8));

            assertThat(extraction.extract(request).data()).as(method).containsEntry("a", 1);
        }
    }

    @Test
    void parsesJsonThroughTheJsonPort() {
        Json port = new Json() {
            @Override
            public Object parse(String text) {
                return Map.of("parsed", text);
            }

            @Override
            public String write(Object value) {
                throw new UnsupportedOperationException();
            }
        };

        Map<String, Object> data = new RequestExtraction(port).extract(Request.post().body("application/json", "{}").build()).data();

        assertThat(data).containsEntry("parsed", "{}");
    }
}
