package io.dynamicendpoints.app;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Virtual conditions over real HTTP (behaviour.md §15 cases 57–65, 68): each call answers "yes" or "no". */
@MicronautTest(transactional = false)
class VirtualConditionSystemTest {

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
    void greaterComparesNumbersAsNumbers() {
        String url = condition("greater", "1000");

        assertThat(branch(url, "2500")).isEqualTo("yes");
        assertThat(branch(url, "999")).isEqualTo("no");
        assertThat(branch(url, "1000")).isEqualTo("no");
        assertThat(branch(condition("greater", "9999"), "10000")).isEqualTo("yes");
    }

    @Test
    void emptinessWithLongNamesAndAliases() {
        assertThat(branch(condition("is_empty", ""), null)).isEqualTo("yes");
        assertThat(branch(condition("empty", ""), null)).isEqualTo("yes");
        assertThat(branch(condition("is_not_empty", ""), "john@example.com")).isEqualTo("yes");
        assertThat(branch(condition("not_empty", ""), "")).isEqualTo("no");
        assertThat(branch(condition("is_empty", ""), "0")).isEqualTo("no");
    }

    @Test
    void textOperators() {
        String email = "sara.smith@gmail.com";
        assertThat(branch(condition("contains", "gmail"), email)).isEqualTo("yes");
        assertThat(branch(condition("not_contains", "gmail"), email)).isEqualTo("no");
        assertThat(branch(condition("begins_with", "sara"), email)).isEqualTo("yes");
        assertThat(branch(condition("ends_with", ".com"), email)).isEqualTo("yes");
        assertThat(branch(condition("not_ends_with", ".com"), email)).isEqualTo("no");
        assertThat(branch(condition("equal", "Sara.smith@gmail.com"), email)).isEqualTo("no");
    }

    @Test
    void betweenIsInclusive() {
        String url = condition("between", "100,200");

        assertThat(branch(url, "150")).isEqualTo("yes");
        assertThat(branch(url, "100")).isEqualTo("yes");
        assertThat(branch(url, "250")).isEqualTo("no");
    }

    @Test
    void datesAgainstNow() {
        String tomorrow = LocalDate.now().plusDays(1).toString();
        String yesterday = LocalDate.now().minusDays(1).toString();

        assertThat(branch(condition("greater_than_now", ""), tomorrow)).isEqualTo("yes");
        assertThat(branch(condition("less_than_now", ""), yesterday)).isEqualTo("yes");
        assertThat(branch(condition("less_than_now", ""), "not a date")).isEqualTo("no");
    }

    @Test
    void rightOperandMayBeAToken() {
        String url = admin.createWorkflow(admin.parse("""
                {"name": "Paid in full", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "c", "type": "virtual_condition",
                            "conditions": [{"left": "{{ __data.paid }}", "operator": "equal", "right": "{{ __data.total }}"}],
                            "yes": [{"id": "y", "type": "endpoint_response", "return_data": "yes"}],
                            "no": [{"id": "n", "type": "endpoint_response", "return_data": "no"}]}]}
                """));

        assertThat(admin.send("POST", url, Map.of("Content-Type", "application/json"),
                "{\"paid\": 100, \"total\": \"100\"}").body()).isEqualTo("yes");
    }

    @Test
    void matchAnyNeedsOneComparisonAndMatchAllNeedsEvery() {
        String any = admin.createWorkflow(admin.parse(twoComparisons("any")));
        String all = admin.createWorkflow(admin.parse(twoComparisons("all")));
        String oneTrue = "{\"a\": \"x\", \"b\": \"nope\"}";

        assertThat(admin.send("POST", any, Map.of("Content-Type", "application/json"), oneTrue).body()).isEqualTo("yes");
        assertThat(admin.send("POST", all, Map.of("Content-Type", "application/json"), oneTrue).body()).isEqualTo("no");
    }

    private static String twoComparisons(String match) {
        return """
                {"name": "Two", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "c", "type": "virtual_condition", "match": "%s",
                            "conditions": [{"left": "{{ __data.a }}", "operator": "equal", "right": "x"},
                                           {"left": "{{ __data.b }}", "operator": "equal", "right": "y"}],
                            "yes": [{"id": "y", "type": "endpoint_response", "return_data": "yes"}],
                            "no": [{"id": "n", "type": "endpoint_response", "return_data": "no"}]}]}
                """.formatted(match);
    }

    private String condition(String operator, String right) {
        return admin.createWorkflow(admin.parse("""
                {"name": "Condition %s", "run_mode": "sync", "published": true, "listener": {"return_type": "continue"},
                 "steps": [{"id": "c", "type": "virtual_condition",
                            "conditions": [{"left": "{{ __data.value }}", "operator": "%s", "right": "%s"}],
                            "yes": [{"id": "y", "type": "endpoint_response", "return_data": "yes"}],
                            "no": [{"id": "n", "type": "endpoint_response", "return_data": "no"}]}]}
                """.formatted(operator, operator, right)));
    }

    private String branch(String url, String value) {
        String body = value == null ? "{}" : "{\"value\": \"" + value + "\"}";
        return admin.send("POST", url, Map.of("Content-Type", "application/json"), body).body();
    }
}
