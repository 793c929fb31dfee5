package io.dynamicendpoints.app;

import com.nimbusds.jwt.JWTClaimsSet;
import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attacks on the admin API's access tokens, run in-process ({@code AdminApiTokenSystemTest}) and
 * against the packaged jar ({@code PackagedJarAdminTokenIT}). Every forged token asks for
 * {@code GET /api/users} (ADMIN only) and must get 401 with a JSON error; where a forgery needs a valid
 * signature to reach the check under test (a missing {@code exp}, a future {@code nbf}), it is signed
 * with the installation's real secret, so each test fails if its one check is silently absent.
 */
abstract class AdminApiTokenBattery {

    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    /** Where the platform under attack answers. */
    protected abstract String baseUrl();

    /** The secret the platform signs its tokens with (generated or configured). */
    protected abstract String signingSecret();

    protected abstract String adminPassword();

    protected abstract JsonMapper json();

    private PlatformClient admin() {
        return new PlatformClient(baseUrl(), json()).signedInAs("admin", adminPassword());
    }

    private HttpResponse<String> usersWith(String token) {
        return new PlatformClient(baseUrl(), json()).withToken(token).api("GET", "/api/users", null);
    }

    private void assertRefused(String token) {
        HttpResponse<String> reply = usersWith(token);
        assertThat(reply.statusCode()).as("status for %s", token).isEqualTo(401);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertThat(reply.body()).contains("\"error\":\"unauthorized\"").doesNotContain("mallory");
    }

    /** Claims as a real admin token of this installation carries them (subject, roles, stamp, times). */
    private JWTClaimsSet.Builder adminClaims() throws Exception {
        JWTClaimsSet real = JWTClaimsSet.parse(payloadOf(admin().token()));
        return new JWTClaimsSet.Builder(real);
    }

    private static String payloadOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
    }

    private static String headerOf(String token) {
        return new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    }

    private static String encode(String json) {
        return URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void acceptsItsOwnLoginToken() {
        assertThat(admin().api("GET", "/api/users", null).statusCode()).isEqualTo(200);
    }

    @Test
    void signsLoginTokensWithHs256() {
        String token = admin().token();

        assertThat(headerOf(token)).contains("\"alg\":\"HS256\"");
        assertThat(token.split("\\.")).hasSize(3);
        assertThat(Base64.getUrlDecoder().decode(token.split("\\.")[2])).hasSize(32);
    }

    @Test
    void refusesARequestWithoutAToken() {
        HttpResponse<String> reply = new PlatformClient(baseUrl(), json()).api("GET", "/api/users", null);

        assertThat(reply.statusCode()).isEqualTo(401);
        assertThat(reply.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void refusesUnsignedAdminToken() {
        // The very token of the report: no user, no exp, alg none, empty signature.
        String forged = encode("{\"alg\":\"none\"}") + "." + encode("{\"sub\":\"mallory\",\"roles\":[\"ADMIN\"]}") + ".";

        assertRefused(forged);
        assertRefused(Tokens.unsigned(Tokens.claims(null, 600).subject("admin").claim("roles", List.of("ADMIN")).build()));
    }

    @Test
    void refusesAlgNoneSpelledAnyWayEvenWithValidClaims() throws Exception {
        String payload = encode(adminClaims().build().toString());
        for (String none : List.of("none", "None", "NONE", "nOnE")) {
            assertRefused(encode("{\"alg\":\"" + none + "\",\"typ\":\"JWT\"}") + "." + payload + ".");
        }
    }

    @Test
    void refusesLowerCaseAlgorithmSignedWithTheRealSecret() throws Exception {
        String payload = encode(adminClaims().build().toString());
        String signingInput = encode("{\"alg\":\"hs256\",\"typ\":\"JWT\"}") + "." + payload;

        assertRefused(signingInput + "." + Tokens.macOf("HS256", signingInput, signingSecret()));
    }

    @Test
    void refusesOtherHmacAlgorithmsThanTheOneItIssues() throws Exception {
        assertRefused(Tokens.hmac("HS384", adminClaims().build(), signingSecret()));
        assertRefused(Tokens.hmac("HS512", adminClaims().build(), signingSecret()));
    }

    @Test
    void refusesAsymmetricAlgorithmsWithTheSecretAsKey() throws Exception {
        String payload = encode(adminClaims().build().toString());
        for (String algorithm : List.of("RS256", "ES256", "PS256", "EdDSA")) {
            String signingInput = encode("{\"alg\":\"" + algorithm + "\",\"typ\":\"JWT\"}") + "." + payload;
            assertRefused(signingInput + "." + Tokens.macOf("HS256", signingInput, signingSecret()));
        }
        assertRefused(Tokens.rs256(adminClaims().build()));
    }

    @Test
    void refusesWrongAndGuessedSecrets() throws Exception {
        JWTClaimsSet claims = adminClaims().build();
        for (String guess : List.of("secret", "changeme", "dynamic-endpoints", "0".repeat(64),
                "a-wrong-secret-that-is-long-enough-for-hs256")) {
            assertRefused(Tokens.hs256(claims, guess));
        }
    }

    @Test
    void refusesTamperedPayload() throws Exception {
        PlatformClient admin = admin();
        String name = "partner-" + System.nanoTime();
        admin.api("POST", "/api/users", Map.of("username", name, "password", "partner-password-1", "roles", List.of("INTEGRATOR")));
        String integratorToken = new PlatformClient(baseUrl(), json()).signedInAs(name, "partner-password-1").token();
        JWTClaimsSet promoted = new JWTClaimsSet.Builder(JWTClaimsSet.parse(payloadOf(integratorToken)))
                .claim("roles", List.of("ADMIN")).build();

        assertThat(usersWith(integratorToken).statusCode()).isEqualTo(403);
        assertRefused(Tokens.tampered(integratorToken, promoted));
    }

    @Test
    void refusesTokenWithoutSignatureOrWithAnotherTokensSignature() throws Exception {
        String real = admin().token();
        String[] parts = real.split("\\.");

        assertRefused(parts[0] + "." + parts[1] + ".");
        assertRefused(parts[0] + "." + parts[1]);
        assertRefused(encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "."
                + encode(adminClaims().subject("mallory").build().toString()) + "." + parts[2]);
    }

    @Test
    void refusesMissingOrExpiredExpiry() throws Exception {
        assertRefused(Tokens.hs256(adminClaims().expirationTime(null).build(), signingSecret()));
        assertRefused(Tokens.hs256(adminClaims().expirationTime(Date.from(Instant.now().minusSeconds(5))).build(),
                signingSecret()));
    }

    @Test
    void refusesNotBeforeOrIssuedAtInTheFuture() throws Exception {
        Date inAnHour = Date.from(Instant.now().plusSeconds(3600));

        assertRefused(Tokens.hs256(adminClaims().notBeforeTime(inAnHour).build(), signingSecret()));
        assertRefused(Tokens.hs256(adminClaims().issueTime(inAnHour).build(), signingSecret()));
        assertRefused(Tokens.hs256(adminClaims().issueTime(null).build(), signingSecret()));
    }

    @Test
    void refusesTokenWithoutTheAccountsStampOrWithAnotherOne() throws Exception {
        assertRefused(Tokens.hs256(adminClaims().claim("stamp", null).build(), signingSecret()));
        assertRefused(Tokens.hs256(adminClaims().claim("stamp", "0123456789abcdef0123456789abcdef").build(), signingSecret()));
    }

    @Test
    void refusesTokenOfAnAccountThatDoesNotExist() throws Exception {
        assertRefused(Tokens.hs256(adminClaims().subject("mallory").build(), signingSecret()));
    }

    @Test
    void refusesTokenOfADeletedUserEvenWhenTheNameIsTakenAgain() {
        PlatformClient admin = admin();
        String name = "leaver-" + System.nanoTime();
        admin.api("POST", "/api/users", Map.of("username", name, "password", "leaver-password-1", "roles", List.of("ADMIN")));
        String token = new PlatformClient(baseUrl(), json()).signedInAs(name, "leaver-password-1").token();
        assertThat(usersWith(token).statusCode()).isEqualTo(200);

        admin.api("DELETE", "/api/users/" + name, null);
        assertRefused(token);

        admin.api("POST", "/api/users", Map.of("username", name, "password", "another-password-2", "roles", List.of("ADMIN")));
        assertRefused(token);
    }

    @Test
    void refusesTokenIssuedBeforeAPasswordReset() {
        PlatformClient admin = admin();
        String name = "reset-" + System.nanoTime();
        admin.api("POST", "/api/users", Map.of("username", name, "password", "reset-password-1", "roles", List.of("ADMIN")));
        String before = new PlatformClient(baseUrl(), json()).signedInAs(name, "reset-password-1").token();

        assertThat(admin.api("PUT", "/api/users/" + name + "/password", Map.of("password", "reset-password-2"))
                .statusCode()).isEqualTo(204);

        assertRefused(before);
        String after = new PlatformClient(baseUrl(), json()).signedInAs(name, "reset-password-2").token();
        assertThat(usersWith(after).statusCode()).isEqualTo(200);
    }

    @Test
    void refusesLenientBase64InAnySegment() throws Exception {
        String real = admin().token();
        String[] parts = real.split("\\.");
        String signature = parts[2];

        assertRefused(real + "=");
        assertRefused(parts[0] + "." + parts[1] + "." + signature + "==");
        assertRefused(parts[0] + "=." + parts[1] + "." + signature);
        assertRefused(parts[0] + "." + parts[1] + "." + signature + "." + signature);
        assertRefused(withStandardBase64Signature());
    }

    /** A valid token whose signature is re-written in the standard alphabet ({@code +} and {@code /}). */
    private String withStandardBase64Signature() throws Exception {
        for (int attempt = 0; ; attempt++) {
            String token = Tokens.hs256(adminClaims().jwtID("attempt-" + attempt).build(), signingSecret());
            String signature = token.substring(token.lastIndexOf('.') + 1);
            if (signature.contains("-") || signature.contains("_")) {
                assertThat(usersWith(token).statusCode()).isEqualTo(200);
                return token.substring(0, token.lastIndexOf('.') + 1) + signature.replace('-', '+').replace('_', '/');
            }
        }
    }

    @Test
    void refusesHeaderNamingItsOwnKey() throws Exception {
        JWTClaimsSet claims = adminClaims().build();
        for (String header : List.of("{\"alg\":\"HS256\",\"kid\":\"../../dev/null\"}",
                "{\"alg\":\"HS256\",\"jku\":\"http://127.0.0.1:1/keys\"}",
                "{\"alg\":\"HS256\",\"crit\":[\"b64\"],\"b64\":false}")) {
            String signingInput = encode(header) + "." + encode(claims.toString());
            assertRefused(signingInput + "." + Tokens.macOf("HS256", signingInput, signingSecret()));
        }
    }

    @Test
    void refusesGiantAndMalformedTokens() {
        assertRefused("x".repeat(4_000) + "." + "y".repeat(4_500) + "." + "z");
        assertRefused("not-a-token");
        assertRefused("a.b.c.d.e");
        assertRefused(encode("[]") + "." + encode("{}") + ".");
        assertRefused(encode("{\"alg\":\"HS256\"}") + "." + encode("\"just a string\"") + "." + encode("sig"));
    }

    @Test
    void integratorTokenIsForbiddenFromAdminCalls() {
        PlatformClient admin = admin();
        String name = "catalogue-" + System.nanoTime();
        admin.api("POST", "/api/users", Map.of("username", name, "password", "catalogue-password", "roles", List.of("INTEGRATOR")));
        PlatformClient integrator = new PlatformClient(baseUrl(), json()).signedInAs(name, "catalogue-password");

        HttpResponse<String> users = integrator.api("GET", "/api/users", null);

        assertThat(users.statusCode()).isEqualTo(403);
        assertThat(users.body()).contains("\"error\":\"forbidden\"");
        assertThat(integrator.send("POST", "/api/users", Map.of("Content-Type", "application/json",
                "Authorization", "Bearer " + integrator.token()),
                "{\"username\":\"sneaky\",\"password\":\"sneaky-password\",\"roles\":[\"ADMIN\"]}").statusCode()).isEqualTo(403);
    }
}
