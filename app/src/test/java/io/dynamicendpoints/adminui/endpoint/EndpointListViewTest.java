package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.adminui.requestlog.RequestLogView;
import io.dynamicendpoints.adminui.base.LoggedTraffic;
import io.dynamicendpoints.adminui.base.RelativeTime;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.adminui.workflow.WorkflowEditorView;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.ContextMenuKt._clickItemWithID;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The endpoints grid and every action on a row, against the real use cases. */
@MicronautTest(transactional = false)
class EndpointListViewTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    ReadWorkflows readWorkflows;
    @Inject
    RequestLog requestLog;
    @Inject
    Clock clock;

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
    void listsEveryWorkflowWithItsStateReturnTypeAndUrl() {
        WorkflowView draft = create(uniqueName("Listed"), "html", false, false);

        EndpointListView view = open();

        assertThat(_findAll(view.grid)).extracting(row -> row.workflow().requireId()).contains(draft.workflow().requireId());
        long id = draft.workflow().requireId().value();
        assertThat(cell(id, "state", Span.class, "state-" + id).getText()).isEqualTo("Draft");
        assertThat(cell(id, "url", Span.class, "url-" + id).getText()).isEqualTo(draft.url());
        assertThat(publishButton(id).getText()).isEqualTo("Publish");
    }

    @Test
    void publishesAndUnpublishesFromTheGrid() {
        WorkflowView draft = create(uniqueName("Toggle"), "data", false, false);
        long id = draft.workflow().requireId().value();
        open();

        _click(publishButton(id));

        assertThat(reload(draft).workflow().published()).isTrue();
        assertThat(cell(id, "state", Span.class, "state-" + id).getText()).isEqualTo("Published");
        assertThat(publishButton(id).getText()).isEqualTo("Unpublish");

        _click(publishButton(id));

        assertThat(reload(draft).workflow().published()).isFalse();
        assertThat(cell(id, "state", Span.class, "state-" + id).getText()).isEqualTo("Draft");
    }

    @Test
    void explainsWhyADefinitionCannotBePublished() {
        Map<String, Object> document = document(uniqueName("Stream"), "sse", false);
        document.put("run_mode", "async");
        WorkflowView stream = createWorkflow.create(document);
        long id = stream.workflow().requireId().value();
        open();

        _click(publishButton(id));

        assertThat(reload(stream).workflow().published()).isFalse();
        assertThat(KaribuConsole.lastNotification()).contains("Not possible").contains("run_mode sync");
    }

    @Test
    void duplicatesAsADraftWithItsOwnUrlAndCredentials() {
        WorkflowView original = create(uniqueName("Original"), "data", true, true);
        long id = original.workflow().requireId().value();
        open();

        _clickItemWithID(menu(id), "duplicate-" + id);

        WorkflowView copy = readWorkflows.all().stream()
                .filter(view -> view.workflow().name().equals("Copy of " + original.workflow().name()))
                .findFirst().orElseThrow();
        assertThat(copy.workflow().published()).isFalse();
        assertThat(copy.url()).isNotEqualTo(original.url());
        assertThat(copy.workflow().listener().jwt().enabled()).isTrue();
        assertThat(copy.workflow().listener().jwt().endpointSecret())
                .isNotEqualTo(original.workflow().listener().jwt().endpointSecret());
        assertThat(copy.workflow().listener().returnData()).isEqualTo(original.workflow().listener().returnData());
    }

    @Test
    void deletesOnlyAfterConfirmation() {
        WorkflowView doomed = create(uniqueName("Doomed"), "data", false, false);
        long id = doomed.workflow().requireId().value();
        open();

        _clickItemWithID(menu(id), "delete-" + id);
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-cancel")));
        assertThat(readWorkflows.one(doomed.workflow().requireId())).isNotNull();

        _clickItemWithID(menu(id), "delete-" + id);
        assertThat(_get(ConfirmDialog.class, spec -> spec.withId("confirm-delete")).isOpened()).isTrue();
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-confirm")));

        assertThatThrownBy(() -> readWorkflows.one(doomed.workflow().requireId()))
                .hasMessageContaining("No workflow");
        assertThat(_findAll(_get(EndpointListView.class).grid)).noneMatch(row -> row.workflow().requireId().value() == id);
    }

    @Test
    void givesANewUrlAfterConfirmation() {
        WorkflowView endpoint = create(uniqueName("Leaked"), "data", false, false);
        long id = endpoint.workflow().requireId().value();
        open();

        _clickItemWithID(menu(id), "regenerate-" + id);
        _click(_get(Button.class, spec -> spec.withId("confirm-regenerate-confirm")));

        String newUrl = reload(endpoint).url();
        assertThat(newUrl).isNotEqualTo(endpoint.url());
        assertThat(cell(id, "url", Span.class, "url-" + id).getText()).isEqualTo(newUrl);
    }

    @Test
    void rotatesTheSecretAfterConfirmation() {
        WorkflowView endpoint = create(uniqueName("Signed"), "data", true, false);
        long id = endpoint.workflow().requireId().value();
        open();

        _clickItemWithID(menu(id), "rotate-" + id);
        _click(_get(Button.class, spec -> spec.withId("confirm-rotate-confirm")));

        assertThat(reload(endpoint).workflow().listener().jwt().endpointSecret())
                .isNotEqualTo(endpoint.workflow().listener().jwt().endpointSecret());
        assertThat(reload(endpoint).workflow().listener().jwt().endpointKey())
                .isEqualTo(endpoint.workflow().listener().jwt().endpointKey());
    }

    @Test
    void revealsKeyAndSecretOnlyWhenAsked() {
        WorkflowView endpoint = create(uniqueName("Secretive"), "data", true, false);
        long id = endpoint.workflow().requireId().value();
        String secret = endpoint.workflow().listener().jwt().endpointSecret().template();
        open();

        _clickItemWithID(menu(id), "credentials-" + id);
        CredentialsDialog dialog = _get(CredentialsDialog.class);

        assertThat(dialog.secret.getValue()).doesNotContain(secret);
        assertThat(dialog.copySecret.getElement().getProperty("dataCopy")).isEmpty();
        assertThat(dialog.copySecret.isEnabled()).isFalse();

        _click(_get(Button.class, spec -> spec.withId("reveal-credentials")));

        assertThat(dialog.secret.getValue()).isEqualTo(secret);
        assertThat(dialog.key.getValue()).isEqualTo(endpoint.workflow().listener().jwt().endpointKey());
        assertThat(dialog.copySecret.getElement().getProperty("dataCopy")).isEqualTo(secret);
    }

    @Test
    void newEndpointOpensTheEditor() {
        open();

        _click(_get(Button.class, spec -> spec.withId("new-workflow")));

        expectView(WorkflowEditorView.class);
    }

    @Test
    void showsWhenEachEndpointWasLastCalledAndHowOftenInTheLastDay() {
        WorkflowView busy = create(uniqueName("Busy"), "data", false, false);
        WorkflowView quiet = create(uniqueName("Quiet"), "data", false, false);
        WorkflowView idle = create(uniqueName("Idle"), "data", false, false);
        Instant now = clock.instant();
        Instant lastCall = now.minusSeconds(5 * 60 + 10);
        LoggedTraffic.log(requestLog, busy.workflow().requireId(), lastCall, 200, 200, 404);
        LoggedTraffic.log(requestLog, busy.workflow().requireId(), now.minusSeconds(2 * 86_400), 200);
        LoggedTraffic.log(requestLog, quiet.workflow().requireId(), now.minusSeconds(3 * 86_400 + 60), 500);
        open();
        long busyId = busy.workflow().requireId().value();
        long quietId = quiet.workflow().requireId().value();
        long idleId = idle.workflow().requireId().value();

        Span last = cell(busyId, "last-request", Span.class, "last-request-" + busyId);
        assertThat(last.getText()).isEqualTo("5 min ago");
        assertThat(last.getElement().getAttribute("title")).isEqualTo(RelativeTime.exact(lastCall));
        assertThat(cell(busyId, "requests-24h", Button.class, "requests-24h-" + busyId).getText()).isEqualTo("3");
        assertThat(cell(quietId, "last-request", Span.class, "last-request-" + quietId).getText()).isEqualTo("3 days ago");
        assertThat(cell(quietId, "requests-24h", Button.class, "requests-24h-" + quietId).getText()).isEqualTo("0");
        assertThat(cell(idleId, "last-request", Span.class, "last-request-" + idleId).getText()).isEqualTo("never");
        assertThat(cell(idleId, "requests-24h", Button.class, "requests-24h-" + idleId).getAriaLabel())
                .hasValueSatisfying(label -> assertThat(label).contains("0 requests to " + idle.workflow().name() + " in the last 24 hours"));
    }

    @Test
    void opensAnEndpointsRequestLogFromItsCountAndFromItsMenu() {
        WorkflowView called = create(uniqueName("Called"), "data", false, false);
        long id = called.workflow().requireId().value();
        open();

        _click(cell(id, "requests-24h", Button.class, "requests-24h-" + id));
        expectView(RequestLogView.class);
        assertThat(currentPath()).isEqualTo("requests/" + id);

        open();
        _clickItemWithID(menu(id), "requests-" + id);
        expectView(RequestLogView.class);
        assertThat(currentPath()).isEqualTo("requests/" + id);
    }

    private static String currentPath() {
        return UI.getCurrent().getInternals().getActiveViewLocation().getPath();
    }

    private EndpointListView open() {
        UI.getCurrent().navigate(EndpointListView.class);
        return _get(EndpointListView.class);
    }

    private WorkflowView create(String name, String returnType, boolean authentication, boolean cors) {
        Map<String, Object> document = document(name, returnType, authentication);
        @SuppressWarnings("unchecked")
        Map<String, Object> listener = (Map<String, Object>) document.get("listener");
        listener.put("allow_cors", cors);
        listener.put("cors_domains", cors ? "https://app.example.com" : "");
        return createWorkflow.create(document);
    }

    private static Map<String, Object> document(String name, String returnType, boolean authentication) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", returnType);
        listener.put("return_data", "{\"status\": \"received\"}");
        listener.put("return_html", "<p>Thanks</p>");
        listener.put("add_authentication", authentication);
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("run_mode", "sync");
        document.put("listener", listener);
        document.put("steps", List.of());
        return document;
    }

    private WorkflowView reload(WorkflowView view) {
        return readWorkflows.one(new WorkflowId(view.workflow().requireId().value()));
    }

    private static MenuBar menu(long id) {
        return cell(id, "actions", MenuBar.class, "more-" + id);
    }

    private static Button publishButton(long id) {
        return cell(id, "actions", Button.class, "publish-" + id);
    }

    /** A component inside the grid cell of one workflow's row (cells are rendered per row, outside the tree). */
    private static <T extends com.vaadin.flow.component.Component> T cell(long id, String column, Class<T> type,
                                                                         String componentId) {
        EndpointListView view = _get(EndpointListView.class);
        List<WorkflowView> rows = _findAll(view.grid);
        int row = -1;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).workflow().requireId().value() == id) {
                row = i;
            }
        }
        assertThat(row).as("row of workflow %s", id).isNotNegative();
        com.vaadin.flow.component.Component cell = _getCellComponent(view.grid, row, column);
        return _get(cell, type, spec -> spec.withId(componentId));
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
