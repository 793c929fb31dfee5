package io.dynamicendpoints.application.workflow;

import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.condition.Comparison;
import io.dynamicendpoints.domain.condition.Match;
import io.dynamicendpoints.domain.condition.Operator;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.CreateRecordStep;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.step.HttpRequestStep;
import io.dynamicendpoints.domain.step.SseEventStep;
import io.dynamicendpoints.domain.step.VirtualConditionStep;
import io.dynamicendpoints.domain.workflow.RunMode;
import io.dynamicendpoints.domain.workflow.Violations;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anotherAddress;
import static org.assertj.core.api.Assertions.assertThat;

class WorkflowDocumentTest {

    private static final JacksonJson JSON = new JacksonJson();

    /** The example of api.md §6, copied verbatim into test resources. */
    private static Map<String, Object> apiExample() {
        return document("/workflows/api-example.json");
    }

    /** A test resource parsed as a JSON object: mutable, so a test can break one field of it. */
    private static Map<String, Object> document(String resource) {
        try (InputStream in = WorkflowDocumentTest.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + resource);
            }
            return parseObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parseObject(String text) {
        return (Map<String, Object>) JSON.parse(text);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> document, Object... path) {
        Object node = document;
        for (Object step : path) {
            node = step instanceof Integer index ? ((List<Object>) node).get(index) : ((Map<String, Object>) node).get(step);
        }
        return (Map<String, Object>) node;
    }

    private static Map<String, Object> minimal(String returnType) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", returnType);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("name", "Hook");
        doc.put("listener", listener);
        return doc;
    }

    @Nested
    class ApiExample {

        @Test
        void readsTheExampleOfTheApiSpecification() {
            Workflow read = WorkflowDocument.read(apiExample(), anAddress());

            EndpointResponseStep ack = new EndpointResponseStep("ack", ReturnType.DATA, "{\"status\": \"received\"}",
                    "", "", null, Map.of(), List.of());
            CreateRecordStep note = new CreateRecordStep("note", "note", Map.of(
                    "contact_email", "{{ __data.customer_email }}",
                    "body", "Invoice raised: {{ formatCurrency(__data.invoice_amount, \"€\") }}"), List.of(ack));
            EndpointResponseStep reject = new EndpointResponseStep("reject", ReturnType.DATA,
                    "{\"error\": \"email required\"}", "", "", null, Map.of(), List.of());
            VirtualConditionStep hasEmail = new VirtualConditionStep("has-email", Match.ALL,
                    List.of(new Comparison("{{ __data.customer_email }}", Operator.IS_NOT_EMPTY, "")),
                    List.of(note), List.of(reject));
            EndpointListener listener = new EndpointListener(anAddress(), ReturnType.CONTINUE, "", "", "",
                    new JwtRequirement(false, "", EndpointSecret.NONE), new CorsRules(false, ""));
            assertThat(read).isEqualTo(
                    Workflow.draft("Invoice webhook", "optional", RunMode.SYNC, listener, List.of(hasEmail)));
        }

        @Test
        void writesTheExampleBackToTheSameWorkflow() {
            Workflow read = WorkflowDocument.read(apiExample(), anAddress());

            Map<String, Object> written = WorkflowDocument.write(read, "https://hooks.example.com" + anAddress().path());

            assertThat(WorkflowDocument.read(written, anAddress())).isEqualTo(read);
        }

        @Test
        void survivesARoundTripThroughJsonText() {
            Workflow read = WorkflowDocument.read(apiExample(), anAddress());

            String text = JSON.write(WorkflowDocument.write(read, null));

            assertThat(WorkflowDocument.read(parseObject(text), anAddress())).isEqualTo(read);
        }

        @Test
        void writesEveryFieldOfTheExampleWithTheSameValue() {
            Map<String, Object> example = apiExample();
            Map<String, Object> written = WorkflowDocument.write(WorkflowDocument.read(example, anAddress()), null);

            assertThat(written).containsAllEntriesOf(Map.of("name", "Invoice webhook", "description", "optional",
                    "run_mode", "sync", "published", false));
            Map<String, Object> exampleListener = new LinkedHashMap<>(at(example, "listener"));
            exampleListener.keySet().removeAll(List.of("first_hash", "second_hash", "url"));
            assertThat(at(written, "listener")).containsAllEntriesOf(exampleListener);
            assertThat(at(written, "steps", 0, "yes", 0, "then", 0))
                    .containsAllEntriesOf(at(example, "steps", 0, "yes", 0, "then", 0));
            assertThat(at(written, "steps", 0, "conditions", 0))
                    .isEqualTo(at(example, "steps", 0, "conditions", 0));
        }
    }

    @Nested
    class Hashes {

        @Test
        void ignoresHashesGivenInTheDocument() {
            Map<String, Object> doc = apiExample();
            at(doc, "listener").put("first_hash", anotherAddress().firstHash());
            at(doc, "listener").put("second_hash", anotherAddress().secondHash());

            assertThat(WorkflowDocument.read(doc, anAddress()).address()).isEqualTo(anAddress());
        }

        @Test
        void writesTheHashesTheIdAndTheDerivedUrl() {
            Workflow stored = WorkflowDocument.read(apiExample(), anAddress()).stored(new WorkflowId(9), 2);

            Map<String, Object> written = WorkflowDocument.write(stored, "https://hooks.example.com/listener/x/y");

            assertThat(written).containsEntry("id", 9L);
            assertThat(at(written, "listener"))
                    .containsEntry("first_hash", anAddress().firstHash())
                    .containsEntry("second_hash", anAddress().secondHash())
                    .containsEntry("url", "https://hooks.example.com/listener/x/y");
        }

        @Test
        void leavesTheUrlOutWhenThereIsNone() {
            Map<String, Object> written = WorkflowDocument.write(WorkflowDocument.read(apiExample(), anAddress()), null);

            assertThat(written).doesNotContainKey("id");
            assertThat(at(written, "listener")).doesNotContainKey("url");
        }
    }

    @Nested
    class Defaults {

        @Test
        void runsAsyncUnpublishedWhenTheDocumentDoesNotSay() {
            Workflow read = WorkflowDocument.read(minimal("data"), anAddress());

            assertThat(read.runMode()).isEqualTo(RunMode.ASYNC);
            assertThat(read.published()).isFalse();
            assertThat(read.description()).isEmpty();
            assertThat(read.steps()).isEmpty();
            assertThat(read.listener().jwt()).isEqualTo(JwtRequirement.OFF);
            assertThat(read.listener().cors()).isEqualTo(CorsRules.OFF);
        }

        @Test
        void fillsInTheDocumentedDefaultsOfSteps() {
            Map<String, Object> doc = minimal("continue");
            doc.put("steps", List.of(
                    Map.of("id", "check", "type", "virtual_condition",
                            "conditions", List.of(Map.of("left", "{{ __data.a }}", "operator", "empty"))),
                    Map.of("id", "answer", "type", "endpoint_response", "return_data", "ok"),
                    Map.of("id", "call", "type", "http_request", "url", "https://example.com", "store_as", "reply"),
                    Map.of("id", "tick", "type", "sse_event", "data", "hi")));

            Workflow read = WorkflowDocument.read(doc, anAddress());

            assertThat(read.steps().get(0)).isEqualTo(new VirtualConditionStep("check", Match.ALL,
                    List.of(new Comparison("{{ __data.a }}", Operator.IS_EMPTY, "")), List.of(), List.of()));
            assertThat(read.steps().get(1)).isEqualTo(new EndpointResponseStep("answer", ReturnType.DATA, "ok", "", "",
                    null, Map.of(), List.of()));
            assertThat(read.steps().get(2)).isEqualTo(new HttpRequestStep("call", "GET", "https://example.com",
                    Map.of(), "", "reply", HttpRequestStep.DEFAULT_TIMEOUT_MS, List.of()));
            assertThat(read.steps().get(3)).isEqualTo(new SseEventStep("tick", "message", "hi", List.of()));
        }

        @Test
        void requiresAnExpiryWithoutLifetimeCapAndAnswersPreflightsWhenNotSaid() {
            Workflow read = WorkflowDocument.read(minimal("data"), anAddress());

            assertThat(read.listener().jwt().requireExp()).isTrue();
            assertThat(read.listener().jwt().maxTokenLifetime()).isEmpty();
            assertThat(read.listener().cors().strictPreflightAuth()).isFalse();
        }

        @Test
        void readsTheTokenRulesAndWritesThemBack() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").putAll(Map.of("add_authentication", true, "endpoint_key", "k1", "endpoint_secret", "s1",
                    "require_exp", false, "max_token_lifetime", 300, "allow_cors", true, "cors_domains", "*",
                    "strict_preflight_auth", true));

            Workflow read = WorkflowDocument.read(doc, anAddress());

            assertThat(read.listener().jwt()).isEqualTo(new JwtRequirement(true, "k1", new EndpointSecret("s1"), false,
                    Optional.of(Duration.ofSeconds(300))));
            assertThat(read.listener().cors()).isEqualTo(new CorsRules(true, "*", true));
            assertThat(at(WorkflowDocument.write(read, null), "listener"))
                    .containsEntry("require_exp", false)
                    .containsEntry("max_token_lifetime", 300L)
                    .containsEntry("strict_preflight_auth", true);
        }

        @Test
        void readsALifetimeOfZeroAsNoCap() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").put("max_token_lifetime", 0);

            assertThat(WorkflowDocument.read(doc, anAddress()).listener().jwt().maxTokenLifetime()).isEmpty();
        }

        @Test
        void writesAnAliasOperatorByItsLongName() {
            Map<String, Object> doc = minimal("continue");
            doc.put("steps", List.of(Map.of("id", "check", "type", "virtual_condition",
                    "conditions", List.of(Map.of("left", "{{ __data.a }}", "operator", "not_empty")))));

            Map<String, Object> written = WorkflowDocument.write(WorkflowDocument.read(doc, anAddress()), null);

            assertThat(at(written, "steps", 0, "conditions", 0)).containsEntry("operator", "is_not_empty");
        }
    }

    @Nested
    class BadFields {

        @Test
        void namesAnUnknownListenerReturnType() {
            Map<String, Object> doc = apiExample();
            at(doc, "listener").put("return_type", "json");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("listener.return_type");
        }

        @Test
        void namesAMissingListenerReturnType() {
            Map<String, Object> doc = apiExample();
            at(doc, "listener").remove("return_type");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("listener.return_type");
        }

        @Test
        void namesAMissingListener() {
            Map<String, Object> doc = apiExample();
            doc.remove("listener");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("listener");
        }

        @Test
        void namesABadEntityDeepInTheTreeByItsPath() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "yes", 0).put("entity", "{{ __data.entity }}");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].yes[0].entity");
        }

        @Test
        void namesAnUnknownOperatorByItsPath() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "conditions", 0).put("operator", "greater_than");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].conditions[0].operator");
        }

        @Test
        void namesAnUnknownRunMode() {
            Map<String, Object> doc = apiExample();
            doc.put("run_mode", "sometimes");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("run_mode");
        }

        @Test
        void namesEveryBadFieldAtOnce() {
            Map<String, Object> doc = apiExample();
            doc.put("run_mode", "sometimes");
            at(doc, "listener").put("return_type", "json");
            at(doc, "steps", 0, "conditions", 0).put("operator", "greater_than");
            at(doc, "steps", 0, "yes", 0).put("entity", "{{ __data.entity }}");
            at(doc, "steps", 0, "no", 0).put("status", 42);

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys(
                    "run_mode", "listener.return_type", "steps[0].conditions[0].operator", "steps[0].yes[0].entity",
                    "steps[0].no[0].status");
        }

        @Test
        void namesABlankNameAlongsideOtherBadFields() {
            Map<String, Object> doc = apiExample();
            doc.put("name", " ");
            doc.put("run_mode", "sometimes");
            at(doc, "steps", 0, "no", 0).put("id", "ack");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("name", "run_mode", "steps");
        }

        @Test
        void namesAnEndpointResponseThatWouldContinue() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "no", 0).put("return_type", "continue");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].no[0].return_type");
        }

        @Test
        void namesAnUnknownStepType() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "yes", 0, "then", 0).put("type", "send_email");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].yes[0].then[0].type");
        }

        @Test
        void namesAStepWithoutType() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0).remove("type");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("steps[0].type");
        }

        @Test
        void namesAStepWithoutId() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "no", 0).remove("id");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("steps[0].no[0].id");
        }

        @Test
        void namesAConditionWithoutComparisons() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0).put("conditions", List.of());

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("steps[0].conditions");
        }

        @Test
        void namesValuesOfTheWrongShape() {
            Map<String, Object> doc = apiExample();
            doc.put("published", "yes");
            doc.put("name", Map.of("text", "Hook"));
            at(doc, "listener").put("add_authentication", "true");
            at(doc, "steps", 0, "yes", 0).put("fields", List.of("a"));
            at(doc, "steps", 0, "yes", 0, "then", 0).put("headers", Map.of("x-nested", Map.of("a", "b")));
            at(doc, "steps", 0).put("no", "reject");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys(
                    "published", "name", "listener.add_authentication", "steps[0].yes[0].fields",
                    "steps[0].yes[0].then[0].headers.x-nested", "steps[0].no");
        }

        @Test
        void namesAStepThatIsNotAnObject() {
            Map<String, Object> doc = minimal("continue");
            doc.put("steps", List.of("store_value"));

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("steps[0]");
        }

        @Test
        void namesANegativeTokenLifetime() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").put("max_token_lifetime", -1);

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("listener.max_token_lifetime");
        }

        @Test
        void namesARedirectWithoutUrl() {
            assertThat(Violations.of(() -> WorkflowDocument.read(minimal("redirect"), anAddress())))
                    .containsOnlyKeys("listener.return_redirect");
        }

        @Test
        void namesStepIdsUsedTwice() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "no", 0).put("id", "ack");

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("steps");
        }

        @Test
        void refusesToReadAPublishedSseEndpointThatRunsAsync() {
            Map<String, Object> doc = minimal("sse");
            doc.put("run_mode", "async");
            doc.put("published", true);

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("run_mode");
        }

        @Test
        void readsAnSseEndpointThatRunsAsyncAsADraft() {
            Map<String, Object> doc = minimal("sse");
            doc.put("run_mode", "async");

            assertThat(WorkflowDocument.read(doc, anAddress()).runProblems()).containsOnlyKeys("run_mode");
        }

        @Test
        void refusesAFractionWhereAWholeNumberBelongs() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "no", 0).put("status", 200.5);

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].no[0].status");
        }

        @Test
        void refusesAWholeNumberBeyondTheRangeOfAnInt() {
            Map<String, Object> doc = apiExample();
            at(doc, "steps", 0, "no", 0).put("status", 4_294_967_496L);

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                    .containsOnlyKeys("steps[0].no[0].status");
        }

        @Test
        void namesTheMissingListenerOfAnEmptyDocument() {
            assertThat(Violations.of(() -> WorkflowDocument.read(Map.of(), anAddress()))).containsKey("listener");
            assertThat(Violations.of(() -> WorkflowDocument.read(null, anAddress()))).containsKey("listener");
        }
    }

    @Nested
    class RequestLogRetention {

        @Test
        void readsAndWritesTheEndpointsOwnRetentionInDays() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").put("request_log_retention_days", 7);

            Workflow workflow = WorkflowDocument.read(doc, anAddress());

            assertThat(workflow.listener().requestLogRetention()).contains(Duration.ofDays(7));
            assertThat(at(WorkflowDocument.write(workflow, null), "listener"))
                    .containsEntry("request_log_retention_days", 7L);
        }

        @Test
        void writesNullWhenThePlatformDefaultApplies() {
            Workflow workflow = WorkflowDocument.read(minimal("data"), anAddress());

            assertThat(workflow.listener().requestLogRetention()).isEmpty();
            assertThat(at(WorkflowDocument.write(workflow, null), "listener"))
                    .containsEntry("request_log_retention_days", null);
        }

        @Test
        void namesARetentionOutsideOneDayToTenYears() {
            for (Object bad : List.of(0, -3, 3651, 1.5, "week")) {
                Map<String, Object> doc = minimal("data");
                at(doc, "listener").put("request_log_retention_days", bad);

                assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress())))
                        .as("%s", bad).containsOnlyKeys("listener.request_log_retention_days");
            }
        }
    }

    @Nested
    class LogMaskingFields {

        @Test
        void readsCommaSeparatedTextOrAListAndWritesLowerCaseText() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").put("mask_headers", "X-Partner-Hmac, x-other ,");
            at(doc, "listener").put("mask_query", List.of("Ticket", "nonce"));

            Workflow workflow = WorkflowDocument.read(doc, anAddress());

            assertThat(workflow.listener().logMasking().headers()).containsExactly("x-partner-hmac", "x-other");
            assertThat(workflow.listener().logMasking().queryParameters()).containsExactly("ticket", "nonce");
            assertThat(at(WorkflowDocument.write(workflow, null), "listener"))
                    .containsEntry("mask_headers", "x-partner-hmac, x-other").containsEntry("mask_query", "ticket, nonce");
        }

        @Test
        void namesAListOfSomethingElse() {
            Map<String, Object> doc = minimal("data");
            at(doc, "listener").put("mask_query", List.of(1, 2));

            assertThat(Violations.of(() -> WorkflowDocument.read(doc, anAddress()))).containsOnlyKeys("listener.mask_query");
        }
    }
}
