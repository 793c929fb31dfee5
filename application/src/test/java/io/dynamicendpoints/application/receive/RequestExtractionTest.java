package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.port.Json;
import io.dynamicendpoints.application.testing.JacksonJson;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        void refusesMalformedJsonDeclaredAsJson() {
            assertThatThrownBy(() -> extract(Request.post().body("application/json", "{\"a\":")))
                    .isInstanceOf(Json.MalformedJsonException.class);
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
        @Disabled("gap: multipart/form-data is not decoded (behaviour.md §6.1 rule 1, case 12); the whole body "
                + "lands in __raw_body")
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
        @Disabled("gap: bracket notation in form keys is not expanded into nested maps and lists "
                + "(behaviour.md §6.1, 'as a PHP back-end would')")
        void expandsBracketKeysIntoNestedValues() {
            Map<String, Object> data = extract(Request.post().body("application/x-www-form-urlencoded",
                    "items%5B0%5D%5Bsku%5D=A1&tags%5B%5D=a&tags%5B%5D=b"));

            assertThat(data).containsEntry("items", List.of(Map.of("sku", "A1"))).containsEntry("tags", List.of("a", "b"));
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

        @Test
        void decodesAsUtf8WhenTheCharsetIsUnknown() {
            Map<String, Object> data = extract(Request.post().body("text/plain; charset=klingon", "Grüße"));

            assertThat(data).containsEntry("__raw_body", "Grüße");
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
