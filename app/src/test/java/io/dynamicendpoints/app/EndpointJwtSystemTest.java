package io.dynamicendpoints.app;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Endpoint JWT authentication over real HTTP (behaviour.md §15 cases 19–34) and an attack suite: every
 * bad token is refused with the documented status and reason, and never reaches the reply.
 */
@MicronautTest(transactional = false)
class EndpointJwtSystemTest {

    private static final String KEY = "k1";
    private static final String SECRET = "s1";
    private static final String REPLY = "{\"ok\": true, \"customer\": \"{{ __data.__headers.__jwt_data[0].customer_id }}\"}";

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;
    private String url;
    private long id;

    @BeforeEach
    void createProtectedEndpoint() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
        Map<String, Object> created = create(Map.of());
        id = ((Number) created.get("id")).longValue();
        url = url(created);
    }

    @Test
    void returnsForbiddenWhenTokenMissing() {
        HttpResponse<String> reply = call(Map.of());

        assertThat(reply.statusCode()).isEqualTo(403);
        assertThat(admin.parse(reply.body())).containsEntry("error", "missing_token");
        assertThat(reply.body()).doesNotContain("\"ok\"");
    }

    @Test
    void returnsForbiddenForBasicAuthorizationWithoutToken() {
        assertThat(call(Map.of("Authorization", "Basic dXNlcjpwYXNz")).statusCode()).isEqualTo(403);
    }

    @Test
    void acceptsBearerTokenSignedWithEachHmacAlgorithm() {
        for (String algorithm : new String[]{"HS256", "HS384", "HS512"}) {
            String token = Tokens.hmac(algorithm, Tokens.claims(KEY, 300).build(), SECRET);

            HttpResponse<String> reply = call(Map.of("Authorization", "Bearer " + token));

            assertThat(reply.statusCode()).as(algorithm).isEqualTo(200);
            assertThat(reply.body()).contains("\"ok\": true");
        }
    }

    @Test
    void acceptsTokenInTheTokenHeader() {
        String token = Tokens.hs256(Tokens.claims(KEY, 300).build(), SECRET);

        assertThat(call(Map.of("token", token)).statusCode()).isEqualTo(200);
    }

    @Test
    void exposesTheDataClaimAsJwtData() {
        String token = Tokens.hs256(Tokens.claims(KEY, 300).claim("data", Map.of("customer_id", 42)).build(), SECRET);

        HttpResponse<String> reply = call(Map.of("Authorization", "Bearer " + token));

        assertThat(reply.body()).isEqualTo("{\"ok\": true, \"customer\": \"42\"}");
    }

    @Test
    void rejectsUnsignedAndAsymmetricTokensWithReasonAlgorithm() throws Exception {
        JWTClaimsSet claims = Tokens.claims(KEY, 300).build();

        assertRejected(Tokens.unsigned(claims), "algorithm");
        assertRejected(Tokens.rs256(claims), "algorithm");
    }

    @Test
    void rejectsWrongSecretTamperedPayloadAndKeyConfusionWithReasonSignature() throws Exception {
        JWTClaimsSet claims = Tokens.claims(KEY, 300).build();
        String valid = Tokens.hs256(claims, SECRET);

        assertRejected(Tokens.hs256(claims, "s2"), "signature");
        assertRejected(Tokens.tampered(valid, Tokens.claims(KEY, 300).claim("data", Map.of("admin", true)).build()),
                "signature");
        assertRejected(Tokens.hs256WithPublicKeyAsSecret(claims), "signature");
    }

    @Test
    void rejectsWrongOrMissingIssuer() {
        assertRejected(Tokens.hs256(Tokens.claims("other", 300).build(), SECRET), "issuer");
        assertRejected(Tokens.hs256(Tokens.claims(null, 300).build(), SECRET), "issuer");
    }

    @Test
    void appliesSixtySecondsOfLeewayToExpiry() {
        assertThat(call(bearer(Tokens.claims(KEY, -30).build())).statusCode()).isEqualTo(200);
        assertRejected(Tokens.hs256(Tokens.claims(KEY, -120).build(), SECRET), "expired");
    }

    @Test
    void appliesSixtySecondsOfLeewayToNotBefore() {
        Instant now = Instant.now();
        assertThat(call(bearer(Tokens.claims(KEY, 300).notBeforeTime(Date.from(now.plusSeconds(30))).build()))
                .statusCode()).isEqualTo(200);
        assertRejected(Tokens.hs256(Tokens.claims(KEY, 300).notBeforeTime(Date.from(now.plusSeconds(120))).build(),
                SECRET), "not_yet_valid");
    }

    @Test
    void rejectsTokenIssuedInTheFuture() {
        Instant now = Instant.now();
        assertThat(call(bearer(Tokens.claims(KEY, 600).issueTime(Date.from(now.plusSeconds(30))).build()))
                .statusCode()).isEqualTo(200);
        assertRejected(Tokens.hs256(Tokens.claims(KEY, 600).issueTime(Date.from(now.plusSeconds(120))).build(),
                SECRET), "issued_in_future");
    }

    @Test
    void rejectsMalformedTokens() {
        assertRejected("abc.def", "malformed");
        assertRejected("%%%.***.!!!", "malformed");
        assertRejected("eyJhbGciOiJIUzI1NiJ9.bm90IGpzb24.c2ln", "malformed");
    }

    @Test
    void rejectsGiantTokenWithoutParsingIt() {
        // Past the 16 KB header limit. The server answers 431 while the client may still be sending, and
        // takes in the rest before it closes (LingeringClose): java.net.http, which writes in pieces, used
        // to meet a reset and fail with "broken pipe" before it read the answer.
        String giant = Tokens.hs256(Tokens.claims(KEY, 300).claim("pad", "x".repeat(24 * 1024)).build(), SECRET);
        assertThat(giant.length()).as("larger than the header limit on its own").isGreaterThan(16 * 1024);

        HttpResponse<String> reply = call(Map.of("Authorization", "Bearer " + giant));

        // Bigger than the header limit: the server refuses it before any route runs.
        assertThat(reply.statusCode()).isEqualTo(431);
        assertThat(reply.body()).doesNotContain("\"ok\"");
    }

    @Test
    void rejectsTokenOverEightKilobytesAsMalformed() {
        String big = Tokens.hs256(Tokens.claims(KEY, 300).claim("pad", "x".repeat(9 * 1024)).build(), SECRET);

        assertRejected(big, "malformed");
    }

    @Test
    void requiresExpByDefaultAndNotWhenSwitchedOff() {
        JWTClaimsSet noExp = new JWTClaimsSet.Builder().issuer(KEY).issueTime(new Date()).build();
        assertRejected(Tokens.hs256(noExp, SECRET), "expired");

        String relaxed = url(create(Map.of("require_exp", false)));
        assertThat(admin.send("POST", relaxed, Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + Tokens.hs256(noExp, SECRET)), "{}").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesTokensLivingLongerThanTheMaximumLifetime() {
        String capped = url(create(Map.of("max_token_lifetime", 300)));

        HttpResponse<String> longLived = admin.send("POST", capped, Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + Tokens.hs256(Tokens.claims(KEY, 3600).build(), SECRET)), "{}");
        HttpResponse<String> shortLived = admin.send("POST", capped, Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + Tokens.hs256(Tokens.claims(KEY, 120).build(), SECRET)), "{}");

        assertThat(longLived.statusCode()).isEqualTo(401);
        assertThat(admin.parse(longLived.body())).containsEntry("reason", "expired");
        assertThat(shortLived.statusCode()).isEqualTo(200);
    }

    @Test
    void resolvesTheEndpointKeyAsATemplate() {
        String templated = url(create(Map.of("endpoint_key", "{{ \"acme-\" ~ \"issuer\" }}")));

        HttpResponse<String> reply = admin.send("POST", templated, Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + Tokens.hs256(Tokens.claims("acme-issuer", 300).build(), SECRET)), "{}");

        assertThat(reply.statusCode()).isEqualTo(200);
    }

    @Test
    void rotatedSecretInvalidatesOldTokensAtOnce() {
        String oldToken = Tokens.hs256(Tokens.claims(KEY, 300).build(), SECRET);
        assertThat(call(Map.of("Authorization", "Bearer " + oldToken)).statusCode()).isEqualTo(200);

        Map<String, Object> rotated = admin.parse(admin.api("POST", "/api/workflows/" + id + "/rotate-secret", null).body());
        @SuppressWarnings("unchecked")
        String newSecret = (String) ((Map<String, Object>) rotated.get("listener")).get("endpoint_secret");

        assertThat(newSecret).matches("[0-9a-f]{64}");
        assertRejected(oldToken, "signature");
        assertThat(call(Map.of("Authorization", "Bearer " + Tokens.hs256(Tokens.claims(KEY, 300).build(), newSecret)))
                .statusCode()).isEqualTo(200);
    }

    @Test
    void endpointWithoutAuthenticationAcceptsAnyCaller() {
        String open = admin.createWorkflow(PlatformClient.publishedWorkflow("data", "return_data", "open"));

        assertThat(admin.send("POST", open, Map.of("Content-Type", "application/json"), "{}").body()).isEqualTo("open");
    }

    private void assertRejected(String token, String reason) {
        HttpResponse<String> reply = call(Map.of("Authorization", "Bearer " + token));
        assertThat(reply.statusCode()).as("status for reason " + reason).isEqualTo(401);
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                value -> assertThat(value).startsWith("Bearer"));
        assertThat(admin.parse(reply.body())).containsEntry("error", "invalid_token").containsEntry("reason", reason);
    }

    private Map<String, String> bearer(JWTClaimsSet claims) {
        return Map.of("Authorization", "Bearer " + Tokens.hs256(claims, SECRET));
    }

    private HttpResponse<String> call(Map<String, String> headers) {
        Map<String, String> all = new HashMap<>(headers);
        all.put("Content-Type", "application/json");
        return admin.send("POST", url, all, "{}");
    }

    private Map<String, Object> create(Map<String, Object> listenerOverrides) {
        Map<String, Object> listener = new HashMap<>(Map.of("return_type", "data", "return_data", REPLY,
                "add_authentication", true, "endpoint_key", KEY, "endpoint_secret", SECRET));
        listener.putAll(listenerOverrides);
        HttpResponse<String> created = admin.api("POST", "/api/workflows",
                Map.of("name", "Protected", "run_mode", "sync", "published", true, "listener", listener));
        assertThat(created.statusCode()).isEqualTo(201);
        return admin.parse(created.body());
    }

    @SuppressWarnings("unchecked")
    private static String url(Map<String, Object> workflow) {
        return (String) ((Map<String, Object>) workflow.get("listener")).get("url");
    }
}
