package io.dynamicendpoints.application.template;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every function and filter the product adds to Pebble (docs/scripting.md), one nested class each, with
 * the examples the documentation gives. The clock stands still at 2024-04-12T10:15:30Z.
 */
class ScriptingFunctionsTest {

    private static final Instant NOW = Instant.parse("2024-04-12T10:15:30Z");

    private final TemplateEngine engine = new TemplateEngine(Clock.fixed(NOW, ZoneOffset.UTC), TemplateLimits.defaults());
    private final Map<String, Object> data = new LinkedHashMap<>();

    private String render(String template) {
        return engine.compile(template).render(Map.of("__data", data));
    }

    @Nested
    class FormatCurrency {

        @Test
        void writesTheSymbolThenTheAmountWithTwoDecimals() {
            data.put("invoice_amount", 2500);

            assertThat(render("{{ formatCurrency(__data.invoice_amount, '€') }}")).isEqualTo("€2,500.00");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "formatCurrency(-12.5, '$')|-$12.50",
                "formatCurrency('1234567.891', 'CHF ')|CHF 1,234,567.89",
                "formatCurrency(0.005, '€')|€0.01",
                "formatCurrency(-0.001, '€')|€0.00",
                "formatCurrency(1234.5, '€', 2, ',', '.')|€1.234,50",
                "formatCurrency(1234.5, '', 0)|1,235"})
        void formatsAmounts(String expression, String expected) {
            assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
        }

        @Test
        void worksAsAFilter() {
            assertThat(render("{{ 1234.5|formatCurrency('£') }}")).isEqualTo("£1,234.50");
        }

        @Test
        void givesNothingForAMissingAmount() {
            assertThat(render("[{{ formatCurrency(__data.missing, '€') }}][{{ formatCurrency('n/a', '€') }}]")).isEqualTo("[][]");
        }
    }

    @Nested
    class NumberFormat {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "1234.5|number_format(2)|1,234.50",
                "1234.5|number_format|1,235",
                "1234567.891|number_format(2, ',', '.')|1.234.567,89",
                "1234.5|number_format(1, '.', '')|1234.5",
                "-1234.567|number_format(2)|-1,234.57",
                "'42'|number_format(1)|42.0",
                "999.995|number_format(2)|1,000.00"})
        void formatsAsPhpDoes(String value, String filter, String expected) {
            assertThat(render("{{ " + value + "|" + filter + " }}")).isEqualTo(expected);
        }

        @Test
        void worksAsAFunctionUnderBothNames() {
            assertThat(render("{{ numberFormat(1234.5, 2) }} {{ number_format(1234.5, 2) }} {{ 1234.5|numberFormat(2) }}"))
                    .isEqualTo("1,234.50 1,234.50 1,234.50");
        }

        @Test
        void givesNothingForTextThatIsNoNumber() {
            assertThat(render("[{{ 'abc'|number_format(2) }}{{ __data.missing|number_format }}]")).isEqualTo("[]");
        }

        @Test
        void refusesANegativeNumberOfDecimals() {
            assertThatThrownBy(() -> render("{{ 1|number_format(-1) }}"))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("number_format");
        }
    }

    @Nested
    class Round {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "2.5|round|3",
                "-2.5|round|-3",
                "3.14159|round(2)|3.14",
                "2.1|round(0, 'ceil')|3",
                "2.9|round(0, 'floor')|2",
                "1234|round(-2)|1200",
                "'7.45'|round(1)|7.5",
                "2.50|round(2)|2.5"})
        void roundsAsTwigDoes(String value, String filter, String expected) {
            assertThat(render("{{ " + value + "|" + filter + " }}")).isEqualTo(expected);
        }

        @Test
        void worksAsAFunction() {
            assertThat(render("{{ round(2.456, 1) }}")).isEqualTo("2.5");
        }

        @Test
        void refusesAnUnknownMethod() {
            assertThatThrownBy(() -> render("{{ 1|round(0, 'up') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("round: the method is 'common', 'ceil' or 'floor'");
        }
    }

    @Nested
    class MinAndMax {

        @Test
        void pickFromTheirArguments() {
            assertThat(render("{{ min(3, 1, 2) }} {{ max(3, 1, 2) }}")).isEqualTo("1 3");
        }

        @Test
        void pickFromAListGivenAlone() {
            data.put("prices", List.of(19.99, 5, "120"));

            assertThat(render("{{ min(__data.prices) }} {{ max(__data.prices) }} {{ max([1, 5, 3]) }}")).isEqualTo("5 120 5");
        }

        @Test
        void compareNumericTextAsNumbers() {
            assertThat(render("{{ max('10', '9') }} {{ min('10', '9') }}")).isEqualTo("10 9");
        }

        @Test
        void compareOtherTextAsText() {
            assertThat(render("{{ max('apple', 'pear') }} {{ min('b', 'a', '10') }}")).isEqualTo("pear 10");
        }

        @Test
        void skipMissingValues() {
            assertThat(render("[{{ max(__data.missing, 4) }}][{{ min(__data.missing) }}]")).isEqualTo("[4][]");
        }
    }

    @Nested
    class Now {

        @Test
        void isTheClocksTimeInIso8601() {
            assertThat(render("{{ now() }}")).isEqualTo("2024-04-12T10:15:30Z");
        }

        @Test
        void takesAPhpFormat() {
            assertThat(render("{{ now('Y-m-d') }} {{ now('U') }}")).isEqualTo("2024-04-12 1712916930");
        }

        @Test
        void isInTheClocksTimeZone() {
            TemplateEngine berlin = new TemplateEngine(Clock.fixed(NOW, ZoneId.of("Europe/Berlin")), TemplateLimits.defaults());

            assertThat(berlin.compile("{{ now() }}").render(Map.of())).isEqualTo("2024-04-12T12:15:30+02:00");
        }
    }

    @Nested
    class Date {

        @Test
        void formatsWithPhpLetters() {
            data.put("date_added", "2024-04-12 09:05:07");

            assertThat(render("{{ date(__data.date_added, 'M j, Y') }}")).isEqualTo("Apr 12, 2024");
            assertThat(render("{{ __data.date_added|date('D, d/m/y H:i:s') }}")).isEqualTo("Fri, 12/04/24 09:05:07");
        }

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "'2024-04-12T10:15:30Z'|2024-04-12 10:15:30",
                "'2024-04-12T12:15:30+02:00'|2024-04-12 10:15:30",
                "'2024-04-12T10:15:30'|2024-04-12 10:15:30",
                "'2024-04-12'|2024-04-12 00:00:00",
                "'2024-04-12 10:15'|2024-04-12 10:15:00",
                "1712916930|2024-04-12 10:15:30",
                "'1712916930'|2024-04-12 10:15:30",
                "'Fri, 12 Apr 2024 10:15:30 GMT'|2024-04-12 10:15:30",
                "'now'|2024-04-12 10:15:30"})
        void readsTheCommonDateForms(String value, String expected) {
            assertThat(render("{{ date(" + value + ") }}")).isEqualTo(expected);
        }

        @Test
        void convertsToATimeZone() {
            assertThat(render("{{ date('2024-04-12T10:15:30Z', 'H:i T', 'America/New_York') }}")).isEqualTo("06:15 EDT");
        }

        @Test
        void givesNothingForAMissingOrUnreadableDate() {
            assertThat(render("[{{ date(__data.missing, 'Y') }}][{{ 'soon'|date('Y') }}]")).isEqualTo("[][]");
        }

        @Test
        void refusesAnUnknownTimeZone() {
            assertThatThrownBy(() -> render("{{ date('2024-04-12', 'Y', 'Mars/Olympus') }}"))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("unknown time zone");
        }
    }

    @Nested
    class DateAdd {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "dateAdd('2024-04-12', '+1 day')|2024-04-13T00:00:00Z",
                "dateAdd('2024-04-12T10:00:00Z', '-2 hours')|2024-04-12T08:00:00Z",
                "dateAdd('2024-04-12', '1 month 2 days')|2024-05-14T00:00:00Z",
                "dateAdd('2024-01-31', '+1 month')|2024-02-29T00:00:00Z",
                "dateAdd('2024-04-12', '+1 week, -1 day')|2024-04-18T00:00:00Z",
                "dateAdd('2024-04-12', 'P1D')|2024-04-13T00:00:00Z",
                "dateAdd('2024-04-12', 'PT90M')|2024-04-12T01:30:00Z",
                "dateAdd(now(), -30, 'minutes')|2024-04-12T09:45:30Z"})
        void movesADate(String expression, String expected) {
            assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
        }

        @Test
        void worksAsAFilter() {
            assertThat(render("{{ '2024-04-12'|dateAdd('+1 year') }}")).isEqualTo("2025-04-12T00:00:00Z");
        }

        @Test
        void givesNothingForAMissingDate() {
            assertThat(render("[{{ dateAdd(__data.missing, '+1 day') }}]")).isEqualTo("[]");
        }

        @Test
        void refusesAModifierItCannotRead() {
            assertThatThrownBy(() -> render("{{ dateAdd('2024-04-12', 'tomorrow-ish') }}"))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("dateAdd: 'tomorrow-ish' is not a date modifier");
        }
    }

    @Nested
    class DaysBetween {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "daysBetween('2024-04-12', '2024-05-01')|19",
                "daysBetween('2024-05-01', '2024-04-12')|-19",
                "daysBetween('2024-04-12T23:59:00Z', '2024-04-13T00:01:00Z')|1",
                "daysBetween(now(), '2024-04-12')|0"})
        void countsCalendarDays(String expression, String expected) {
            assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
        }

        @Test
        void givesNothingWhenADateIsMissing() {
            assertThat(render("[{{ daysBetween(__data.missing, '2024-04-12') }}]")).isEqualTo("[]");
        }
    }

    @Nested
    class JsonDecode {

        @Test
        void readsJsonTextIntoValues() {
            data.put("payload", "{\"order\": {\"id\": 7, \"tags\": [\"a\", \"b\"]}}");

            assertThat(render("{{ jsonDecode(__data.payload).order.id }} {{ (__data.payload|json_decode).order.tags[1] }}"))
                    .isEqualTo("7 b");
        }

        @Test
        void givesNothingForTextThatIsNotJson() {
            assertThat(render("[{{ jsonDecode('{oops') }}{{ jsonDecode(__data.missing) }}]")).isEqualTo("[]");
        }

        @Test
        void returnsAListOrMapAsItIs() {
            data.put("items", List.of(1, 2));

            assertThat(render("{{ jsonDecode(__data.items)|length }}")).isEqualTo("2");
        }
    }

    @Nested
    class JsonEncode {

        @Test
        void writesCompactJson() {
            data.put("order", Map.of("id", 7));
            data.put("items", Arrays.asList("a/b", "é", null, true, 2.5));

            assertThat(render("{{ __data.items|json_encode }} {{ json_encode(__data.order) }} {{ jsonEncode('x') }}"))
                    .isEqualTo("[\"a/b\",\"é\",null,true,2.5] {\"id\":7} \"x\"");
        }

        @Test
        void escapesWhatJsonRequires() {
            data.put("text", "line\n\"quoted\"\t\\");

            assertThat(render("{{ __data.text|json_encode }}")).isEqualTo("\"line\\n\\\"quoted\\\"\\t\\\\\"");
        }

        @Test
        void writesNothingAsNull() {
            assertThat(render("{{ __data.missing|json_encode }}")).isEqualTo("null");
        }
    }

    @Nested
    class JsonPath {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "$.order.items[0].sku|[A1]",
                "order.items[1].sku|[B2]",
                "$.order.items[-1].sku|[B2]",
                "$[\"order\"][\"items\"][0][\"sku\"]|[A1]",
                "$.order.missing|[]",
                "$.order.items[9].sku|[]"})
        void selectsAValue(String path, String expected) {
            data.put("body", "{\"order\": {\"items\": [{\"sku\": \"A1\"}, {\"sku\": \"B2\"}]}}");

            assertThat(render("[{{ jsonPath(__data.body, '" + path + "') }}]")).isEqualTo(expected);
        }

        @Test
        void collectsEveryMatchOfAWildcard() {
            data.put("order", Map.of("items", List.of(Map.of("sku", "A1"), Map.of("sku", "B2"))));

            assertThat(render("{{ jsonPath(__data, '$.order.items[*].sku')|join(',') }}")).isEqualTo("A1,B2");
        }

        @Test
        void refusesAPathItCannotRead() {
            assertThatThrownBy(() -> render("{{ jsonPath('{}', '$.a[') }}"))
                    .isInstanceOf(TemplateException.class).hasMessageContaining("jsonPath:");
        }
    }

    @Nested
    class Uuid {

        @Test
        void isANewRandomVersion4Uuid() {
            String first = render("{{ uuid() }}");
            String second = render("{{ uuid() }}");

            assertThat(first).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
            assertThat(second).isNotEqualTo(first);
        }
    }

    @Nested
    class Coalesce {

        @Test
        void givesTheFirstValueThatIsNeitherMissingNorEmpty() {
            data.put("first_name", "Sara");
            data.put("nickname", "");

            assertThat(render("{{ coalesce(__data.missing, __data.nickname, __data.first_name, 'friend') }}")).isEqualTo("Sara");
            assertThat(render("[{{ coalesce(__data.missing, '') }}]")).isEqualTo("[]");
        }

        @Test
        void keepsZeroAsAValue() {
            assertThat(render("{{ coalesce(__data.missing, 0, 5) }}")).isEqualTo("0");
        }
    }

    @Nested
    class Truncate {

        @ParameterizedTest
        @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
                "truncate('Hello world', 5)|Hello...",
                "truncate('Hello', 5)|Hello",
                "truncate('😀😀😀', 2, '')|😀😀"})
        void cutsLongText(String expression, String expected) {
            assertThat(render("{{ " + expression + " }}")).isEqualTo(expected);
        }

        @Test
        void worksAsAFilterWithItsOwnEnding() {
            assertThat(render("{{ 'Hello world'|truncate(5, '…') }}")).isEqualTo("Hello…");
        }

        @Test
        void givesNothingForMissingText() {
            assertThat(render("[{{ truncate(__data.missing, 5) }}]")).isEqualTo("[]");
        }

        @Test
        void needsALength() {
            assertThatThrownBy(() -> render("{{ truncate('x') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("truncate: needs the length");
        }
    }

    @Nested
    class HashHmac {

        @Test
        void computesPhpsHashHmacInHex() {
            // RFC 4231 test case 2
            assertThat(render("{{ hashHmac('sha256', 'what do ya want for nothing?', 'Jefe') }}"))
                    .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        }

        @Test
        void writesBase64OnRequest() {
            assertThat(render("{{ hashHmac('sha256', 'what do ya want for nothing?', 'Jefe', 'base64') }}"))
                    .isEqualTo("W9zBRr9gdU5qBCQmCJV1x1oAPwidJzmDnexYuWTsOEM=");
        }

        @Test
        void signsTheRawBodyOfAWebhook() {
            data.put("__raw_body", "{\"id\":1}");

            assertThat(render("{{ hashHmac('sha1', __data.__raw_body, 'secret') }}"))
                    .isEqualTo("a64abd01291976b35debd870ad13a30c94343831");
        }

        @Test
        void acceptsAnEmptyKeyLikePhp() {
            assertThat(render("{{ hashHmac('md5', '', '') }}")).isEqualTo("74e6f7298a9c2d168935f58c001bad88");
        }

        @Test
        void refusesAnUnknownAlgorithm() {
            assertThatThrownBy(() -> render("{{ hashHmac('crc32', 'x', 'k') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("hashHmac: the algorithm is one of");
        }
    }

    @Nested
    class JwtEncode {

        @ParameterizedTest
        @CsvSource({"HS256", "HS384", "HS512"})
        void signsClaimsThatAJoseLibraryVerifies(String algorithm) throws Exception {
            data.put("user_id", 42);
            String token = render("{{ jwtEncode({'sub': __data.user_id, 'exp': now('U') + 300}, 's3cret', '" + algorithm + "') }}");

            JWSObject parsed = JWSObject.parse(token);
            assertThat(parsed.getHeader().getAlgorithm().getName()).isEqualTo(algorithm);
            assertThat(parsed.verify(new MACVerifier(padded("s3cret")))).isTrue();
            assertThat(parsed.getPayload().toJSONObject()).containsEntry("sub", 42L).containsEntry("exp", 1712917230L);
        }

        @Test
        void refusesClaimsThatAreNotAMap() {
            assertThatThrownBy(() -> render("{{ jwtEncode('sub', 's') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("jwtEncode: the claims must be a map");
        }

        @Test
        void refusesAnEmptySecret() {
            assertThatThrownBy(() -> render("{{ jwtEncode({'a': 1}, '') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("needs a secret");
        }

        @Test
        void refusesANonHmacAlgorithm() {
            assertThatThrownBy(() -> render("{{ jwtEncode({'a': 1}, 's', 'RS256') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("HS256, HS384 or HS512");
        }
    }

    @Nested
    class JwtDecode {

        @Test
        void givesTheClaimsOfAValidToken() throws Exception {
            data.put("token", sign(JWSAlgorithm.HS256, "s3cret", "{\"sub\":\"42\",\"exp\":" + (NOW.getEpochSecond() + 60) + "}"));

            assertThat(render("{{ jwtDecode(__data.token, 's3cret').sub }}")).isEqualTo("42");
        }

        @Test
        void roundTripsWithJwtEncode() {
            assertThat(render("{{ jwtDecode(jwtEncode({'data': {'customer_id': 7}}, 'k', 'HS512'), 'k').data.customer_id }}"))
                    .isEqualTo("7");
        }

        @Test
        void givesNothingForAForgedToken() throws Exception {
            data.put("token", sign(JWSAlgorithm.HS256, "other", "{\"sub\":\"42\"}"));

            assertThat(render("[{{ jwtDecode(__data.token, 's3cret') }}]")).isEqualTo("[]");
        }

        @Test
        void givesNothingForAnExpiredToken() throws Exception {
            data.put("expired", sign(JWSAlgorithm.HS256, "k", "{\"exp\":" + (NOW.getEpochSecond() - 61) + "}"));
            data.put("inLeeway", sign(JWSAlgorithm.HS256, "k", "{\"exp\":" + (NOW.getEpochSecond() - 30) + ",\"ok\":1}"));
            data.put("early", sign(JWSAlgorithm.HS256, "k", "{\"nbf\":" + (NOW.getEpochSecond() + 120) + "}"));

            assertThat(render("[{{ jwtDecode(__data.expired, 'k') }}][{{ jwtDecode(__data.inLeeway, 'k').ok }}]"
                    + "[{{ jwtDecode(__data.early, 'k') }}]")).isEqualTo("[][1][]");
        }

        @Test
        void givesNothingForGarbageOrNothing() {
            assertThat(render("[{{ jwtDecode('abc.def', 'k') }}{{ jwtDecode(__data.missing, 'k') }}"
                    + "{{ jwtDecode('eyJhbGciOiJub25lIn0.eyJhIjoxfQ.', 'k') }}]")).isEqualTo("[]");
        }

        @Test
        void needsTheSecret() {
            assertThatThrownBy(() -> render("{{ jwtDecode('a.b.c') }}")).isInstanceOf(TemplateException.class)
                    .hasMessageContaining("jwtDecode: needs the secret");
        }

        private static String sign(JWSAlgorithm algorithm, String secret, String claims) throws Exception {
            JWSObject token = new JWSObject(new JWSHeader(algorithm), new Payload(claims));
            token.sign(new MACSigner(padded(secret)));
            return token.serialize();
        }
    }

    @Nested
    class Keys {

        @Test
        void listsTheKeysOfAMapInOrder() {
            data.put("b", 1);
            data.put("a", 2);

            assertThat(render("{{ __data|keys|join(',') }}")).isEqualTo("b,a");
        }

        @Test
        void listsTheIndexesOfAList() {
            assertThat(render("{{ ['x', 'y']|keys|join(',') }} {{ keys(['x'])|length }}")).isEqualTo("0,1 1");
        }

        @Test
        void findsNoKeysInAnythingElse() {
            assertThat(render("[{{ 'text'|keys|join }}{{ __data.missing|keys|join }}]")).isEqualTo("[]");
        }
    }

    /** Filters that replace Pebble's because Pebble's behave unlike Twig's. */
    @Nested
    class ReplacedBuiltIns {

        @Test
        void joinHasTwigsLastGlue() {
            assertThat(render("{{ [1, 2, 3]|join(', ') }}|{{ [1, 2, 3]|join(', ', ' and ') }}|{{ {'a': 1, 'b': 2}|join('-') }}"))
                    .isEqualTo("1, 2, 3|1, 2 and 3|1-2");
        }

        @Test
        void splitTakesTheDelimiterLiterally() {
            assertThat(render("{{ 'a.b.c'|split('.')|join('|') }} {{ 'a,b,c'|split(',', 2)|last }} "
                    + "{{ 'a,b,c'|split(',', -1)|join }} {{ 'abcde'|split('', 2)|join(' ') }}"))
                    .isEqualTo("a|b|c b,c ab ab cd e");
        }

        @Test
        void replaceWorksLikeStrtr() {
            assertThat(render("{{ 'I like %this% and %that%'|replace({'%this%': 'tea', '%that%': 'cake'}) }}"))
                    .isEqualTo("I like tea and cake");
            assertThat(render("{{ 'ab'|replace({'a': 'b', 'b': 'a'}) }} {{ 'aaa'|replace({'a': 'x', 'aa': 'y'}) }}"))
                    .isEqualTo("ba yx");
            assertThat(render("{{ 'a-b'|replace('-', '+') }}")).isEqualTo("a+b");
        }

        @Test
        void lengthCountsCharactersElementsAndDigits() {
            data.put("items", List.of(1, 2, 3));

            assertThat(render("{{ 'héllo'|length }} {{ '😀'|length }} {{ __data.items|length }} {{ 2500|length }} "
                    + "{{ __data.missing|length }} {{ {'a': 1}|length }}")).isEqualTo("5 1 3 4 0 1");
        }

        @Test
        void defaultKeepsTextOfSpaces() {
            assertThat(render("[{{ __data.missing|default('guest') }}][{{ ''|default('guest') }}][{{ ' '|default('guest') }}]"
                    + "[{{ 0|default('guest') }}][{{ []|default('none') }}]")).isEqualTo("[guest][guest][ ][0][none]");
        }

        @Test
        void reverseTurnsTextListsAndMaps() {
            assertThat(render("{{ 'abc'|reverse }} {{ [1, 2, 3]|reverse|join }} {{ {'a': 1, 'b': 2}|reverse|keys|join }}"))
                    .isEqualTo("cba 321 ba");
        }

        @Test
        void sliceTakesAStartAndALength() {
            assertThat(render("{{ [1, 2, 3, 4]|slice(1, 2)|join }} {{ 'abcdef'|slice(2, 3) }} {{ 'abcdef'|slice(-2) }} "
                    + "{{ [1, 2, 3, 4]|slice(1, -1)|join }} {{ {'a': 1, 'b': 2, 'c': 3}|slice(1, 1)|keys|join }}"))
                    .isEqualTo("23 cde ef 23 b");
        }

        @Test
        void rangeAndTheDotDotOperatorCountBothEnds() {
            assertThat(render("{{ range(1, 3)|join }} {{ (1..3)|join }} {{ range(10, 0, -5)|join(',') }} {{ range('a', 'c')|join }}"))
                    .isEqualTo("123 123 10,5,0 abc");
        }
    }

    /** Pebble's own filters that the product documents, checked to behave as documented. */
    @Nested
    class PebbleBuiltIns {

        @Test
        void upperLowerCapitalizeAndTitle() {
            assertThat(render("{{ 'ada'|upper }} {{ 'ADA'|lower }} {{ 'hello world'|capitalize }} {{ 'hello world'|title }}"))
                    .isEqualTo("ADA ada Hello world Hello World");
        }

        @Test
        void trimRemovesWhiteSpaceAtBothEnds() {
            assertThat(render("[{{ '  x y \n'|trim }}]")).isEqualTo("[x y]");
        }

        @Test
        void firstAndLastOfListsAndText() {
            data.put("items", List.of("a", "b", "c"));

            assertThat(render("{{ __data.items|first }}{{ __data.items|last }} {{ 'xyz'|first }}{{ 'xyz'|last }}"))
                    .isEqualTo("ac xz");
        }

        @Test
        void absSortMergeAndUrlencode() {
            assertThat(render("{{ -5|abs }} {{ [3, 1, 2]|sort|join }} {{ [1]|merge([2])|join }} {{ 'a b&c'|urlencode }}"))
                    .isEqualTo("5 123 12 a+b%26c");
        }

        @Test
        void upperLowerFirstAndLastOfNothingAreNothing() {
            assertThat(render("[{{ __data.missing|upper }}{{ __data.missing|lower }}{{ __data.missing|first }}"
                    + "{{ __data.missing|last }}{{ __data.missing|trim }}]")).isEqualTo("[]");
        }
    }

    static byte[] padded(String secret) {
        return Arrays.copyOf(secret.getBytes(StandardCharsets.UTF_8), 64);
    }
}
