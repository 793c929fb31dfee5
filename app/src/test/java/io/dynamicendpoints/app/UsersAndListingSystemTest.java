package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Users with roles, and the integrator catalogue of published endpoints (api.md §3, §5). */
@MicronautTest(transactional = false)
class UsersAndListingSystemTest {

    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private PlatformClient admin;

    @BeforeEach
    void signIn() {
        admin = new PlatformClient(server.getURL().toString(), json).signedInAs("admin", "test-admin-password");
    }

    @Test
    void integratorSeesPublishedEndpointsWithoutSecretsAndNothingElse() {
        String username = "partner-" + System.nanoTime();
        HttpResponse<String> created = admin.api("POST", "/api/users",
                Map.of("username", username, "password", "a-long-enough-password", "roles", List.of("INTEGRATOR")));
        admin.api("POST", "/api/workflows", Map.of("name", "Published secured", "published", true, "run_mode", "sync",
                "listener", Map.of("return_type", "data", "add_authentication", true, "endpoint_secret", "very-secret-value")));
        admin.api("POST", "/api/workflows", Map.of("name", "A draft", "published", false,
                "listener", Map.of("return_type", "data")));
        PlatformClient integrator = new PlatformClient(server.getURL().toString(), json)
                .signedInAs(username, "a-long-enough-password");

        HttpResponse<String> listing = integrator.api("GET", "/api/endpoints", null);
        HttpResponse<String> workflows = integrator.api("GET", "/api/workflows", null);

        assertThat(created.statusCode()).isEqualTo(201);
        assertThat(created.body()).doesNotContain("a-long-enough-password");
        assertThat(listing.statusCode()).isEqualTo(200);
        assertThat(listing.body()).contains("Published secured").doesNotContain("A draft")
                .doesNotContain("very-secret-value").doesNotContain("endpoint_key").doesNotContain("endpoint_secret")
                .contains("\"methods\":[\"GET\",\"POST\",\"PUT\",\"OPTIONS\"]")
                .contains("\"add_authentication\":true").contains("\"workflow_id\"");
        assertThat(workflows.statusCode()).isEqualTo(403);
    }

    @Test
    void listingNeedsAToken() {
        HttpResponse<String> listing = new PlatformClient(server.getURL().toString(), json).api("GET", "/api/endpoints", null);

        assertThat(listing.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesShortPasswordsAndUnknownRoles() {
        HttpResponse<String> reply = admin.api("POST", "/api/users",
                Map.of("username", "weak", "password", "short", "roles", List.of("ROOT")));

        assertThat(reply.statusCode()).isEqualTo(400);
        assertThat(reply.body()).contains("password").contains("roles");
    }

    @Test
    void deletesUsersButNeverTheLastAdmin() {
        admin.api("POST", "/api/users",
                Map.of("username", "temp-user", "password", "a-long-enough-password", "roles", List.of("INTEGRATOR")));

        assertThat(admin.api("DELETE", "/api/users/temp-user", null).statusCode()).isEqualTo(204);
        assertThat(admin.api("DELETE", "/api/users/temp-user", null).statusCode()).isEqualTo(404);
        assertThat(admin.api("DELETE", "/api/users/admin", null).statusCode()).isEqualTo(400);
        assertThat(admin.api("GET", "/api/users", null).body()).contains("\"admin\"").doesNotContain("hash");
    }

    @Test
    void resetPasswordLetsTheUserSignInWithTheNewOneOnly() {
        String username = "forgetful-" + System.nanoTime();
        admin.api("POST", "/api/users",
                Map.of("username", username, "password", "the-forgotten-password", "roles", List.of("INTEGRATOR")));

        HttpResponse<String> reset = admin.api("PUT", "/api/users/" + username + "/password",
                Map.of("password", "a-fresh-long-password"));

        assertThat(reset.statusCode()).isEqualTo(204);
        assertThat(login(username, "a-fresh-long-password").statusCode()).isEqualTo(200);
        assertThat(login(username, "the-forgotten-password").statusCode()).isEqualTo(401);
    }

    @Test
    void resetPasswordRefusesAShortPasswordAndAnUnknownUser() {
        String username = "kept-" + System.nanoTime();
        admin.api("POST", "/api/users",
                Map.of("username", username, "password", "the-current-password", "roles", List.of("INTEGRATOR")));

        HttpResponse<String> tooShort = admin.api("PUT", "/api/users/" + username + "/password", Map.of("password", "short"));
        HttpResponse<String> unknown = admin.api("PUT", "/api/users/nobody-here/password",
                Map.of("password", "a-fresh-long-password"));

        assertThat(tooShort.statusCode()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password").doesNotContain("short\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(login(username, "the-current-password").statusCode()).isEqualTo(200);
    }

    @Test
    void onlyAdminsResetPasswords() {
        String username = "curious-" + System.nanoTime();
        admin.api("POST", "/api/users",
                Map.of("username", username, "password", "the-integrator-password", "roles", List.of("INTEGRATOR")));
        PlatformClient integrator = new PlatformClient(server.getURL().toString(), json)
                .signedInAs(username, "the-integrator-password");

        HttpResponse<String> attempt = integrator.api("PUT", "/api/users/admin/password",
                Map.of("password", "taking-over-the-admin"));

        assertThat(attempt.statusCode()).isEqualTo(403);
        assertThat(login("admin", "test-admin-password").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> login(String username, String password) {
        return new PlatformClient(server.getURL().toString(), json).send("POST", "/login",
                Map.of("Content-Type", "application/json"),
                "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}");
    }

    @Test
    void slowsDownRepeatedLoginFailuresWith429AndRetryAfter() {
        String username = "guessed-" + System.nanoTime();
        admin.api("POST", "/api/users",
                Map.of("username", username, "password", "the-right-password", "roles", List.of("INTEGRATOR")));
        PlatformClient attacker = new PlatformClient(server.getURL().toString(), json);
        for (int i = 0; i < 6; i++) {
            attacker.send("POST", "/login", Map.of("Content-Type", "application/json"),
                    "{\"username\": \"" + username + "\", \"password\": \"wrong-" + i + "\"}");
        }

        // Even the right password is refused, unchecked, from this address while the wait lasts.
        HttpResponse<String> right = attacker.send("POST", "/login", Map.of("Content-Type", "application/json"),
                "{\"username\": \"" + username + "\", \"password\": \"the-right-password\"}");

        assertThat(right.statusCode()).isEqualTo(429);
        assertThat(right.headers().firstValue("Retry-After")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 900L));
        assertThat(right.body()).contains("\"error\":\"too_many_attempts\"");
    }

    @Test
    void anAttackerFailingForAdminFromOneAddressDoesNotStopAdminSigningInFromAnother() throws Exception {
        // Every loopback address reaches the server, so 127.0.0.2 is another machine as far as it can tell.
        String url = "http://127.0.0.1:" + server.getPort();
        PlatformClient attacker = new PlatformClient(url, json, InetAddress.getByName("127.0.0.2"));
        List<Integer> answers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            answers.add(attacker.send("POST", "/login", Map.of("Content-Type", "application/json"),
                    "{\"username\": \"admin\", \"password\": \"guess-" + i + "\"}").statusCode());
        }

        PlatformClient owner = new PlatformClient(url, json, InetAddress.getByName("127.0.0.1"))
                .signedInAs("admin", "test-admin-password");

        assertThat(answers).containsOnly(401, 429).contains(429);
        assertThat(owner.api("GET", "/api/users", null).statusCode()).isEqualTo(200);
        assertThat(attacker.send("POST", "/login", Map.of("Content-Type", "application/json"),
                "{\"username\": \"admin\", \"password\": \"test-admin-password\"}").statusCode()).isEqualTo(429);
    }

    @Test
    void refusesACaseVariantOfATakenNameAndACommonPassword() {
        HttpResponse<String> variant = admin.api("POST", "/api/users",
                Map.of("username", "Admin", "password", "a-long-enough-password", "roles", List.of("ADMIN")));
        HttpResponse<String> common = admin.api("POST", "/api/users",
                Map.of("username", "common-" + System.nanoTime(), "password", "Password1234", "roles", List.of("INTEGRATOR")));

        assertThat(variant.statusCode()).isEqualTo(400);
        assertThat(admin.parse(variant.body())).extractingByKey("details").asString().contains("username=").contains("taken");
        assertThat(common.statusCode()).isEqualTo(400);
        assertThat(admin.parse(common.body())).extractingByKey("details").asString().contains("password=").contains("common");
    }
}
