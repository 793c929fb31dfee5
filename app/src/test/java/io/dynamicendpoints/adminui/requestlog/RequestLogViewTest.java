package io.dynamicendpoints.adminui.requestlog;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.adminui.endpoint.EndpointListView;
import io.dynamicendpoints.application.requestlog.ReadRequestLog;
import io.dynamicendpoints.application.requestlog.RequestLogFeed;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.domain.requestlog.AuthOutcome;
import io.dynamicendpoints.domain.requestlog.RecordedBody;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request log view against the real platform: requests go to a published endpoint over real HTTP,
 * the background writer stores them, and the view reads, filters, pages, details and replays them, and
 * shows new ones as the writer stores them.
 */
@MicronautTest(transactional = false)
class RequestLogViewTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final String KEY = "log-view-key";
    private static final String SECRET = "a-log-view-secret-of-at-least-32-bytes!";

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    ReadRequestLog readRequestLog;
    @Inject
    RequestLogFeed feed;
    /** For entries the listener cannot produce yet (with a run id and trace), stored as the writer would. */
    @Inject
    RequestLog requestLog;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
        KaribuConsole.signIn("admin", Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void listsAnEndpointsRequestsNewestFirstWithTheirStatusInWords() {
        WorkflowView endpoint = endpoint(false);
        call(endpoint, "{\"ref\": \"first\"}", Map.of());
        awaitStored(endpoint, 1);
        call(endpoint, "{\"ref\": \"second\"}", Map.of());
        awaitStored(endpoint, 2);

        RequestLogView view = open(endpoint);

        assertThat(view.rows()).extracting(entry -> entry.body().text())
                .containsExactly("{\"ref\": \"second\"}", "{\"ref\": \"first\"}");
        assertThat(view.workflow.getValue().workflow().requireId()).isEqualTo(endpoint.workflow().requireId());
        assertThat(_getCellComponent(view.grid, 0, "status")).isInstanceOfSatisfying(Span.class, badge -> {
            assertThat(badge.getText()).isEqualTo("200 success");
            assertThat(badge.getClassNames()).contains("status-2xx");
        });
        assertThat(view.count.getText()).isEqualTo("2 requests shown");
        assertThat(view.loadMore.isVisible()).isFalse();
    }

    @Test
    void marksEachInvalidFilterOnItsField() {
        WorkflowView endpoint = endpoint(false);
        RequestLogView view = open(endpoint);

        _setValue(view.status, "4yy");
        assertThat(view.status.isInvalid()).isTrue();
        assertThat(view.status.getErrorMessage()).contains("4xx");

        _setValue(view.status, "4xx");
        assertThat(view.status.isInvalid()).isFalse();

        _setValue(view.from, LocalDateTime.of(2026, 3, 2, 0, 0));
        _setValue(view.to, LocalDateTime.of(2026, 3, 1, 0, 0));
        assertThat(view.to.isInvalid()).isTrue();
        assertThat(view.to.getErrorMessage()).isEqualTo("Must lie after from");

        _setValue(view.search, "x".repeat(ReadRequestLog.MAX_TEXT_LENGTH + 1));
        assertThat(view.search.isInvalid()).isTrue();
        assertThat(view.search.getErrorMessage()).contains(String.valueOf(ReadRequestLog.MAX_TEXT_LENGTH));
        assertThat(view.grid.getEmptyStateText()).contains("Correct the filters");

        _click(view.clearFilters);
        assertThat(List.of(view.status.isInvalid(), view.to.isInvalid(), view.search.isInvalid())).containsOnly(false);
    }

    @Test
    void filtersByStatusClassTimeAndBodyText() {
        WorkflowView endpoint = endpoint(true);
        call(endpoint, "{\"ref\": \"signed-apple\"}", Map.of("Authorization", "Bearer " + token()));
        call(endpoint, "{\"ref\": \"unsigned-pear\"}", Map.of());
        awaitStored(endpoint, 2);
        RequestLogView view = open(endpoint);

        _setValue(view.status, "4xx");
        assertThat(view.rows()).singleElement().satisfies(entry -> {
            assertThat(entry.status()).isEqualTo(403);
            assertThat(entry.body().text()).contains("unsigned-pear");
        });

        _setValue(view.status, null);
        _setValue(view.search, "APPLE");
        assertThat(view.rows()).singleElement().satisfies(entry -> assertThat(entry.status()).isEqualTo(200));

        _setValue(view.search, "");
        _setValue(view.from, LocalDateTime.now(java.time.ZoneOffset.UTC).plusHours(1));
        assertThat(view.rows()).isEmpty();
        assertThat(view.grid.getEmptyStateText()).contains("No request matches");
    }

    @Test
    void loadsOlderRequestsPageByPage() {
        WorkflowView endpoint = endpoint(false);
        int total = RequestLogView.PAGE_SIZE + 5;
        for (int i = 0; i < total; i++) {
            call(endpoint, "{\"ref\": \"page-" + i + "\"}", Map.of());
        }
        awaitStored(endpoint, total);
        RequestLogView view = open(endpoint);
        assertThat(_size(view.grid)).isEqualTo(RequestLogView.PAGE_SIZE);
        assertThat(view.loadMore.isVisible()).isTrue();

        _click(view.loadMore);

        assertThat(_size(view.grid)).isEqualTo(total);
        assertThat(view.rows()).extracting(RequestLogEntry::id).doesNotHaveDuplicates();
        assertThat(view.rows().getLast().body().text()).contains("page-0");
        assertThat(view.rows()).isSortedAccordingTo((a, b) -> b.receivedAt().compareTo(a.receivedAt()));
        assertThat(view.loadMore.isVisible()).isFalse();
        assertThat(view.count.getText()).isEqualTo(total + " requests shown");
    }

    @Test
    void detailShowsTheRequestWithCredentialsMaskedAndTheDataTheWorkflowSaw() {
        WorkflowView endpoint = endpoint(true);
        String token = token();
        call(endpoint, "{\"ref\": \"C-42\"}", Map.of("Authorization", "Bearer " + token, "Cookie", "session=s3cr3t",
                "X-Event", "order.created"));
        awaitStored(endpoint, 1);
        RequestLogView view = open(endpoint);
        assertThat(view.detail.isVisible()).isFalse();

        view.grid.select(view.rows().getFirst());

        RequestDetailPanel detail = view.detail;
        assertThat(detail.isVisible()).isTrue();
        assertThat(detail.title.getText()).startsWith("POST /listener/");
        assertThat(detail.headers.getText()).contains("authorization: ****", "cookie: ****", "x-event: order.created")
                .doesNotContain(token).doesNotContain("s3cr3t");
        assertThat(detail.query.getText()).contains("source=karibu");
        assertThat(detail.body.getText()).isEqualTo("{\"ref\": \"C-42\"}");
        assertThat(detail.data.getText()).contains("\"ref\": \"C-42\"").contains("\"customer\": \"cu-7\"")
                .doesNotContain(token);
        assertThat(detail.responseStatus.getText()).isEqualTo("200 success");
        assertThat(detail.responseBody.getText()).contains("C-42");
        assertThat(detail.summary.getText()).contains("auth verified");
        // No run id or trace is recorded for this entry: their sections stay hidden rather than empty.
        assertThat(detail.runId.isVisible()).isFalse();
        assertThat(detail.trace.isVisible()).isFalse();

        _click(detail.close);
        assertThat(detail.isVisible()).isFalse();
        assertThat(view.grid.asSingleSelect().getValue()).isNull();
    }

    @Test
    void replaysOnlyAfterConfirmationAndSelectsTheNewEntry() {
        WorkflowView endpoint = endpoint(false);
        call(endpoint, "{\"ref\": \"again\"}", Map.of());
        awaitStored(endpoint, 1);
        RequestLogView view = open(endpoint);
        RequestLogEntry original = view.rows().getFirst();
        view.grid.select(original);

        _click(view.detail.replay);
        _click(_get(Button.class, spec -> spec.withId("confirm-replay-cancel")));
        assertThat(readRequestLog.list(endpoint.workflow().requireId(), ReadRequestLog.Query.NEWEST).items()).hasSize(1);

        _click(view.detail.replay);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-replay")).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-replay-confirm")));

        RequestLogEntry replayed = view.grid.asSingleSelect().getValue();
        assertThat(replayed.id()).isNotEqualTo(original.id());
        assertThat(replayed.replayOf()).contains(original.id());
        assertThat(view.rows()).first().isEqualTo(replayed);
        assertThat(view.rows()).hasSize(2);
        assertThat(view.detail.summary.getText()).contains("replay of " + original.id());
        assertThat(view.detail.responseBody.getText()).contains("again");
        assertThat(KaribuConsole.lastNotification()).contains("Replayed").contains("200");
        assertThat(readRequestLog.list(endpoint.workflow().requireId(), ReadRequestLog.Query.NEWEST).items()).hasSize(2);
    }

    @Test
    void showsRequestsStoredAfterItOpenedWithoutAReload() {
        WorkflowView endpoint = endpoint(false);
        WorkflowView other = endpoint(false);
        RequestLogView view = open(endpoint);
        assertThat(view.rows()).isEmpty();

        call(other, "{\"ref\": \"elsewhere\"}", Map.of());
        call(endpoint, "{\"ref\": \"live-1\"}", Map.of());

        awaitOnScreen(() -> view.rows().size() == 1);
        assertThat(view.rows()).singleElement().satisfies(entry -> assertThat(entry.body().text()).contains("live-1"));
        assertThat(view.count.getText()).isEqualTo("1 request shown");

        call(endpoint, "{\"ref\": \"live-2\"}", Map.of());
        awaitOnScreen(() -> view.rows().size() == 2);
        assertThat(view.rows()).extracting(entry -> entry.body().text())
                .containsExactly("{\"ref\": \"live-2\"}", "{\"ref\": \"live-1\"}");
    }

    @Test
    void liveRequestsOutsideTheFiltersStayOut() {
        WorkflowView endpoint = endpoint(false);
        RequestLogView view = open(endpoint);
        _setValue(view.search, "apple");

        call(endpoint, "{\"ref\": \"pear\"}", Map.of());
        call(endpoint, "{\"ref\": \"green-apple\"}", Map.of());

        awaitOnScreen(() -> view.rows().size() == 1);
        awaitStored(endpoint, 2);
        MockVaadin.clientRoundtrip();
        assertThat(view.rows()).singleElement().satisfies(entry -> assertThat(entry.body().text()).contains("green-apple"));
    }

    @Test
    void stopsWatchingTheLogWhenClosed() {
        WorkflowView endpoint = endpoint(false);
        int before = feed.watchers();
        open(endpoint);
        assertThat(feed.watchers()).isEqualTo(before + 1);

        UI.getCurrent().navigate(EndpointListView.class);

        assertThat(feed.watchers()).isEqualTo(before);
    }

    @Test
    void showsTheRunIdAndTraceWhenTheEntryHasThem() {
        WorkflowView endpoint = endpoint(false);
        RequestLogEntry traced = entry(endpoint, Instant.now(), Optional.of("run-7f3a"),
                List.of(Map.of("step", "store-order", "kind", "store_record", "outcome", "succeeded")));
        requestLog.append(List.of(traced));
        RequestLogView view = open(endpoint);

        view.grid.select(view.rows().getFirst());

        assertThat(view.detail.runId.isVisible()).isTrue();
        assertThat(view.detail.runId.getText()).isEqualTo("run-7f3a");
        assertThat(view.detail.trace.isVisible()).isTrue();
        assertThat(view.detail.trace.getText()).contains("\"step\": \"store-order\"").contains("store_record");
    }

    @Test
    void keepsAtMostAThousandLiveRowsAndPagesOnFromTheLastOneKept() {
        WorkflowView endpoint = endpoint(false);
        Instant start = Instant.now().minusSeconds(3600);
        List<RequestLogEntry> stored = new java.util.ArrayList<>();
        for (int i = 0; i <= RequestLogView.MAX_ROWS; i++) {
            stored.add(entry(endpoint, start.plusMillis(i), Optional.empty(), List.of()));
        }
        requestLog.append(stored);
        RequestLogView view = open(endpoint);

        view.stored(stored); // as if the feed had announced every one of them while the view was open

        assertThat(view.rows()).hasSize(RequestLogView.MAX_ROWS);
        assertThat(view.rows().getFirst()).isEqualTo(stored.getLast());
        assertThat(view.rows()).doesNotContain(stored.getFirst());
        assertThat(view.loadMore.isVisible()).isTrue();

        _click(view.loadMore);

        assertThat(view.rows()).hasSize(RequestLogView.MAX_ROWS + 1).doesNotHaveDuplicates();
        assertThat(view.rows().getLast()).isEqualTo(stored.getFirst());
        assertThat(view.loadMore.isVisible()).isFalse();
    }

    @Test
    void choosingAnEndpointOpensItsLog() {
        WorkflowView endpoint = endpoint(false);
        UI.getCurrent().navigate(RequestLogView.class);
        RequestLogView view = _get(RequestLogView.class);
        assertThat(view.grid.getEmptyStateText()).contains("Choose an endpoint");

        _setValue(view.workflow, view.workflow.getListDataView().getItems()
                .filter(candidate -> candidate.workflow().requireId().equals(endpoint.workflow().requireId()))
                .findFirst().orElseThrow());

        expectView(RequestLogView.class);
        assertThat(UI.getCurrent().getInternals().getActiveViewLocation().getPath())
                .isEqualTo("requests/" + endpoint.workflow().requireId().value());
    }

    @Test
    void isForAdminsOnly() {
        KaribuConsole.signIn("integrator", Role.INTEGRATOR);

        UI.getCurrent().navigate("requests");

        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(RequestLogView.class)).isEmpty();
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private RequestLogView open(WorkflowView endpoint) {
        UI.getCurrent().navigate(RequestLogView.class, endpoint.workflow().requireId().value());
        return _get(RequestLogView.class);
    }

    private static RequestLogEntry entry(WorkflowView endpoint, Instant receivedAt, Optional<String> runId,
                                         List<Map<String, Object>> trace) {
        return new RequestLogEntry(RequestId.generate(receivedAt, new SecureRandom()), receivedAt,
                endpoint.workflow().requireId(), "POST", "/listener/a/b", Map.of(), Map.of("content-type", "text/plain"),
                RecordedBody.of("stored directly", 1024), Optional.empty(), AuthOutcome.NONE, 200, Map.of(),
                RecordedBody.EMPTY, 3, runId, trace, Optional.empty());
    }

    private WorkflowView endpoint(boolean authentication) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", "{\"received\": \"{{ __data.ref }}\"}");
        listener.put("add_authentication", authentication);
        if (authentication) {
            listener.put("endpoint_key", KEY);
            listener.put("endpoint_secret", SECRET);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "Log view " + UUID.randomUUID().toString().substring(0, 8));
        document.put("run_mode", "sync");
        document.put("published", true);
        document.put("listener", listener);
        document.put("steps", List.of());
        return createWorkflow.create(document);
    }

    private void call(WorkflowView endpoint, String json, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url() + "?source=karibu"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            http.send(request.build(), HttpResponse.BodyHandlers.discarding());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String token() {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(KEY)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 300_000))
                .claim("data", Map.of("customer", "cu-7"))
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(new MACSigner(SECRET.getBytes(StandardCharsets.UTF_8)));
        } catch (com.nimbusds.jose.JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** Waits until the background writer has stored {@code count} of the endpoint's requests. */
    private void awaitStored(WorkflowView endpoint, int count) {
        ReadRequestLog.Query all = new ReadRequestLog.Query(ReadRequestLog.MAX_LIMIT, null, null, null, null, null);
        await(() -> readRequestLog.list(endpoint.workflow().requireId(), all).items().size() >= count,
                count + " stored requests");
    }

    /** Lets the UI run what the feed handed it (as a browser's push connection would), until {@code shown}. */
    private static void awaitOnScreen(BooleanSupplier shown) {
        await(() -> {
            MockVaadin.clientRoundtrip();
            return shown.getAsBoolean();
        }, "the view to show the new requests");
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Gave up waiting for " + what);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }
}
