package io.dynamicendpoints.application.receive;

import io.dynamicendpoints.application.fake.InMemoryWorkflows;
import io.dynamicendpoints.application.port.Sessions;
import io.dynamicendpoints.application.receive.ListenerResponse.DataResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.ErrorResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.HtmlResponse;
import io.dynamicendpoints.application.receive.ListenerResponse.RedirectResponse;
import io.dynamicendpoints.application.template.TemplateEngine;
import io.dynamicendpoints.application.testing.JacksonJson;
import io.dynamicendpoints.domain.listener.CorsRules;
import io.dynamicendpoints.domain.listener.EndpointAddress;
import io.dynamicendpoints.domain.listener.EndpointListener;
import io.dynamicendpoints.domain.listener.EndpointSecret;
import io.dynamicendpoints.domain.listener.JwtRequirement;
import io.dynamicendpoints.domain.listener.ReturnType;
import io.dynamicendpoints.domain.step.EndpointResponseStep;
import io.dynamicendpoints.domain.workflow.Workflow;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.FIRST_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.SECOND_HASH;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aDraft;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.aListener;
import static io.dynamicendpoints.domain.workflow.WorkflowFixtures.anAddress;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/** behaviour.md §7.1 and acceptance cases 1–3, 5, 7, 43–48, against an in-memory store. */
class ReceiveRequestTest {

    private static final String JSON = "application/json";
    private static final String FORM = "application/x-www-form-urlencoded";

    private final InMemoryWorkflows workflows = new InMemoryWorkflows();
    private final PublishedEndpoints endpoints = new PublishedEndpoints(workflows, new TemplateEngine());
    private final JacksonJson json = new JacksonJson();
    private final ReceiveRequest receiveRequest = ListenerFixture.receiveRequest(endpoints, json,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    /** Stores and publishes a workflow on /listener/{FIRST_HASH}/{SECOND_HASH} that answers with {@code template}. */
    private void publish(ReturnType type, String template) {
        workflows.add(aDraft(aListener(type, template)).publish());
        endpoints.refresh();
    }

    private static IncomingRequest post(String contentType, String body) {
        return new IncomingRequest("POST", FIRST_HASH, SECOND_HASH, Map.of(),
                Map.of("content-type", List.of(contentType)), body.getBytes(StandardCharsets.UTF_8));
    }

    private static IncomingRequest request(String method, String firstHash, String secondHash) {
        return new IncomingRequest(method, firstHash, secondHash, Map.of(), Map.of(), new byte[0]);
    }

    @Nested
    class Data {

        @Test
        void answersTheFixedReplyAsJson() {
            publish(ReturnType.DATA, "{\"status\":\"received\"}");

            assertThat(receiveRequest.receive(post(JSON, "{}")))
                    .isEqualTo(new DataResponse("{\"status\":\"received\"}", "application/json; charset=UTF-8"));
        }

        @Test
        void rendersTheReplyFromTheJsonBody() {
            publish(ReturnType.DATA, "{\"ref\":\"{{ __data.case_ref }}\"}");

            assertThat(receiveRequest.receive(post(JSON, "{\"case_ref\":\"C-1\"}")))
                    .isEqualTo(new DataResponse("{\"ref\":\"C-1\"}", "application/json; charset=UTF-8"));
        }

        @Test
        void rendersTheReplyFromTheQueryOfAGet() {
            publish(ReturnType.DATA, "ping={{ __data.ping }}");
            IncomingRequest get = new IncomingRequest("GET", FIRST_HASH, SECOND_HASH, Map.of("ping", List.of("1")),
                    Map.of(), new byte[0]);

            assertThat(receiveRequest.receive(get)).isEqualTo(new DataResponse("ping=1", "text/html; charset=UTF-8"));
        }

        @Test
        void rendersABodyFieldReadWithoutDataAsEmpty() {
            publish(ReturnType.DATA, "[{{ __data.customer_email }}][{{ customer_email }}]");

            assertThat(receiveRequest.receive(post(JSON, "{\"customer_email\":\"john@example.com\"}")))
                    .extracting(response -> ((DataResponse) response).body())
                    .isEqualTo("[john@example.com][]");
        }

        @Test
        void answersXmlAsXml() {
            publish(ReturnType.DATA, "<?xml version=\"1.0\"?><ok/>");

            assertThat(receiveRequest.receive(post(JSON, "{}")))
                    .isEqualTo(new DataResponse("<?xml version=\"1.0\"?><ok/>", "application/xml; charset=UTF-8"));
        }

        @Test
        void answersAnHtmlDocumentAsHtml() {
            publish(ReturnType.DATA, "<html><body>Hi</body></html>");

            assertThat(receiveRequest.receive(post(JSON, "{}")))
                    .isEqualTo(new DataResponse("<html><body>Hi</body></html>", "text/html; charset=UTF-8"));
        }

        @Test
        void answersAnEmptyReplyWithAnEmptyBodyAndNoContentType() {
            publish(ReturnType.DATA, "");

            assertThat(receiveRequest.receive(post(JSON, "{}"))).isEqualTo(new DataResponse("", null));
        }

        @Test
        void answersAReplyThatRendersToWhitespaceWithAnEmptyBody() {
            publish(ReturnType.DATA, "  {{ __data.missing }}\n");

            assertThat(receiveRequest.receive(post(JSON, "{}"))).isEqualTo(new DataResponse("", null));
        }
    }

    @Test
    void answersHtmlFromAForm() {
        publish(ReturnType.HTML, "<html><body><h1>Thanks, {{ __data.first_name }}</h1></body></html>");

        assertThat(receiveRequest.receive(post(FORM, "first_name=Sara")))
                .isEqualTo(new HtmlResponse("<html><body><h1>Thanks, Sara</h1></body></html>"));
    }

    @Nested
    class Redirect {

        @Test
        void redirectsToTheRenderedLocation() {
            publish(ReturnType.REDIRECT, "https://example.com/thank-you?ref={{ __data.case_ref }}");

            assertThat(receiveRequest.receive(post(FORM, "case_ref=C-1")))
                    .isEqualTo(new RedirectResponse("https://example.com/thank-you?ref=C-1"));
        }

        @Test
        void stripsWhitespaceAroundTheLocation() {
            publish(ReturnType.REDIRECT, "  https://example.com/thanks\n");

            assertThat(receiveRequest.receive(post(FORM, ""))).isEqualTo(new RedirectResponse("https://example.com/thanks"));
        }

        @Test
        void refusesALocationThatRendersEmpty() {
            publish(ReturnType.REDIRECT, "{{ __data.next }}");

            assertThat(receiveRequest.receive(post(FORM, "")))
                    .isInstanceOfSatisfying(ErrorResponse.class, error -> {
                        assertThat(error.status()).isEqualTo(500);
                        assertThat(error.error()).isEqualTo("invalid_redirect");
                    });
        }

        @Test
        void refusesJavascriptRedirect() {
            publish(ReturnType.REDIRECT, "{{ __data.next }}");

            assertThat(receiveRequest.receive(post(FORM, "next=+JaVaScRiPt%3Aalert(document.cookie)")))
                    .isInstanceOfSatisfying(ErrorResponse.class, error -> {
                        assertThat(error.status()).isEqualTo(500);
                        assertThat(error.error()).isEqualTo("invalid_redirect");
                    });
        }

        @Test
        void refusesAProtocolRelativeLocation() {
            publish(ReturnType.REDIRECT, "//{{ __data.host }}/landing");

            assertThat(receiveRequest.receive(post(FORM, "host=evil.example")))
                    .isInstanceOfSatisfying(ErrorResponse.class,
                            error -> assertThat(error.error()).isEqualTo("invalid_redirect"));
        }

        @Test
        void redirectsToARelativePath() {
            publish(ReturnType.REDIRECT, "/thanks?ref={{ __data.ref }}");

            assertThat(receiveRequest.receive(post(FORM, "ref=R-1"))).isEqualTo(new RedirectResponse("/thanks?ref=R-1"));
        }

        @Test
        void anEndpointResponseStepsRedirectIsCheckedAlike() {
            workflows.add(aDraft(aListener(ReturnType.CONTINUE, ""), new EndpointResponseStep("go", ReturnType.REDIRECT,
                    "", "", "{{ __data.next }}", null, Map.of(), List.of())).publish());
            endpoints.refresh();

            ListenerResponse response = receiveRequest.receive(post(FORM, "next=data%3Atext/html,%3Cscript%3E"));

            assertThat(response).isInstanceOfSatisfying(ListenerResponse.Deferred.class, deferred ->
                    assertThat(deferred.reply().toCompletableFuture().join()).isInstanceOfSatisfying(
                            ErrorResponse.class, error -> assertThat(error.error()).isEqualTo("invalid_redirect")));
        }

        @Test
        void refusesALocationThatWouldSplitTheResponseHeaders() {
            publish(ReturnType.REDIRECT, "https://example.com/?ref={{ __data.ref }}");

            assertThat(receiveRequest.receive(post(FORM, "ref=1%0D%0ASet-Cookie:+session%3Dstolen")))
                    .isInstanceOfSatisfying(ErrorResponse.class,
                            error -> assertThat(error.error()).isEqualTo("invalid_redirect"));
        }
    }

    @Nested
    class Failures {

        @Test
        void answersBadRequestForMalformedJson() {
            publish(ReturnType.DATA, "{}");

            assertThat(receiveRequest.receive(post(JSON, "{\"a\":")))
                    .isInstanceOfSatisfying(ErrorResponse.class, error -> {
                        assertThat(error.status()).isEqualTo(400);
                        assertThat(error.error()).isEqualTo("invalid_json");
                    });
        }

        @Test
        void answersServerErrorWhenTheReplyFailsToRender() {
            publish(ReturnType.DATA, "{{ __data.name.toUpperCase() }}");

            assertThat(receiveRequest.receive(post(JSON, "{\"name\":\"ada\"}")))
                    .isInstanceOfSatisfying(ErrorResponse.class, error -> {
                        assertThat(error.status()).isEqualTo(500);
                        assertThat(error.error()).isEqualTo("template_failed");
                    });
        }

        @Test
        void servesTheReplyWhenTemplatesOfSwitchedOffChecksWouldFail() {
            String failing = "{{ __data.name.toUpperCase() }}";
            workflows.add(aDraft(new EndpointListener(anAddress(), ReturnType.DATA, "{\"ok\": true}", "", "",
                    new JwtRequirement(false, failing, new EndpointSecret(failing)), new CorsRules(false, failing)))
                    .publish());
            endpoints.refresh();

            assertThat(receiveRequest.receive(post(JSON, "{\"name\":\"ada\"}")))
                    .isInstanceOfSatisfying(DataResponse.class, data -> assertThat(data.body()).isEqualTo("{\"ok\": true}"));
        }

        @Test
        void neverShowsTheCallerTheReplyTemplate() {
            publish(ReturnType.DATA, "{\"internal\": \"do-not-leak\", \"x\": \"{{ __data.name.toUpperCase() }}\"}");

            assertThat(receiveRequest.receive(post(JSON, "{\"name\":\"ada\"}")))
                    .isInstanceOfSatisfying(ErrorResponse.class,
                            error -> assertThat(error.message()).doesNotContain("do-not-leak"));
        }
    }

    /** Each way a body cannot be read is its own error reply, and none reaches the reply template. */
    @Nested
    class UnreadableBodies {

        @ParameterizedTest
        @CsvSource(delimiter = '|', value = {
                "application/json|{\"a\": |400|invalid_json",
                "text/plain; charset=klingon|hi|415|unsupported_charset",
                "multipart/form-data|--x|400|invalid_multipart"})
        void refusesABodyItCannotRead(String contentType, String body, int status, String error) {
            publish(ReturnType.DATA, "{{ __data.never_rendered_because_refused }}ran");

            assertThat(receiveRequest.receive(post(contentType, body)))
                    .isInstanceOfSatisfying(ErrorResponse.class, refused -> {
                        assertThat(refused.status()).isEqualTo(status);
                        assertThat(refused.error()).isEqualTo(error);
                    });
        }

        @Test
        void refusesABodyOverTheLimit() {
            ReceiveRequest small = ListenerFixture.receiveRequest(endpoints,
                    new RequestExtraction(json, Sessions.none(), 4), json, Clock.systemUTC());
            publish(ReturnType.DATA, "ran");

            assertThat(small.receive(post("text/plain", "12345")))
                    .isEqualTo(new ErrorResponse(413, "payload_too_large", "The body has 5 bytes; this endpoint accepts at most 4"));
        }
    }

    @Nested
    class NotFound {

        @Test
        void refusesAnUnknownFirstHash() {
            publish(ReturnType.DATA, "{}");

            assertThatThrownBy(() -> receiveRequest.receive(request("POST", "0".repeat(32), SECOND_HASH)))
                    .isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void refusesAWrongSecondHash() {
            publish(ReturnType.DATA, "{}");

            assertThatThrownBy(() -> receiveRequest.receive(request("POST", FIRST_HASH, "WRONG")))
                    .isInstanceOf(EndpointNotFoundException.class);
            assertThatThrownBy(() -> receiveRequest.receive(request("POST", FIRST_HASH, FIRST_HASH)))
                    .isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void refusesMissingHashes() {
            publish(ReturnType.DATA, "{}");

            assertThatThrownBy(() -> receiveRequest.receive(request("POST", null, null)))
                    .isInstanceOf(EndpointNotFoundException.class);
            assertThatThrownBy(() -> receiveRequest.receive(request("POST", FIRST_HASH, null)))
                    .isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void refusesAnUnpublishedWorkflow() {
            workflows.add(aDraft(aListener(ReturnType.DATA, "{\"status\":\"received\"}")));
            endpoints.refresh();

            assertThatThrownBy(() -> receiveRequest.receive(post(JSON, "{}"))).isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void refusesAWorkflowUnpublishedSinceTheLastRefresh() {
            Workflow stored = workflows.add(aDraft(aListener(ReturnType.DATA, "{}")).publish());
            endpoints.refresh();
            workflows.replace(stored.unpublish());
            endpoints.refresh();

            assertThatThrownBy(() -> receiveRequest.receive(post(JSON, "{}"))).isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void refusesEverythingBeforeTheFirstRefresh() {
            workflows.add(aDraft(aListener(ReturnType.DATA, "{}")).publish());

            assertThatThrownBy(() -> receiveRequest.receive(post(JSON, "{}"))).isInstanceOf(EndpointNotFoundException.class);
        }

        @Test
        void tellsUnknownAndUnpublishedApartInNoWay() {
            workflows.add(aDraft(aListener(ReturnType.DATA, "{}")));
            endpoints.refresh();
            EndpointAddress unknown = new EndpointAddress("1".repeat(32), "2".repeat(32));

            Throwable unpublished = catchThrowable(() -> receiveRequest.receive(post(JSON, "{}")));
            Throwable missing = catchThrowable(() ->
                    receiveRequest.receive(request("POST", unknown.firstHash(), unknown.secondHash())));

            assertThat(unpublished).isInstanceOf(EndpointNotFoundException.class)
                    .hasMessage(missing.getMessage()).hasNoCause();
            assertThat(unpublished.getStackTrace()).isEmpty();
        }
    }
}
