package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.dynamicendpoints.adminui.base.Confirmation;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.CopyButton;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.adminui.base.RelativeTime;
import io.dynamicendpoints.adminui.workflow.WorkflowEditorView;
import io.dynamicendpoints.application.traffic.ReadTraffic;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.DeleteWorkflow;
import io.dynamicendpoints.application.workflow.PublishWorkflow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.RegenerateEndpointUrl;
import io.dynamicendpoints.application.workflow.RotateEndpointSecret;
import io.dynamicendpoints.application.workflow.UnpublishWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.traffic.EndpointActivity;
import io.dynamicendpoints.domain.workflow.InvalidWorkflowException;
import io.dynamicendpoints.domain.workflow.Workflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every workflow with its state, how it answers, who may call it and its URL, and the actions an admin
 * takes on an endpoint. Actions that break callers (delete, new URL) ask first; publishing a definition
 * that cannot run explains why.
 */
@Route(value = ConsoleRoutes.ENDPOINTS, layout = MainLayout.class)
@PageTitle("Endpoints · Dynamic Endpoints")
@Prototype
public final class EndpointListView extends VerticalLayout {

    final Grid<WorkflowView> grid = new Grid<>(WorkflowView.class, false);

    private final transient ReadWorkflows readWorkflows;
    private final transient CreateWorkflow createWorkflow;
    private final transient DeleteWorkflow deleteWorkflow;
    private final transient PublishWorkflow publishWorkflow;
    private final transient UnpublishWorkflow unpublishWorkflow;
    private final transient RegenerateEndpointUrl regenerateEndpointUrl;
    private final transient RotateEndpointSecret rotateEndpointSecret;
    private final transient ReadTraffic readTraffic;
    private final transient Clock clock;
    /** Each endpoint's last request and 24-hour count, read once per refresh for all rows. */
    private transient Map<WorkflowId, EndpointActivity> activity = Map.of();
    private transient Instant readAt = Instant.EPOCH;

    public EndpointListView(ReadWorkflows readWorkflows, CreateWorkflow createWorkflow, DeleteWorkflow deleteWorkflow,
                            PublishWorkflow publishWorkflow, UnpublishWorkflow unpublishWorkflow,
                            RegenerateEndpointUrl regenerateEndpointUrl, RotateEndpointSecret rotateEndpointSecret,
                            ReadTraffic readTraffic, Clock clock) {
        this.readWorkflows = readWorkflows;
        this.createWorkflow = createWorkflow;
        this.deleteWorkflow = deleteWorkflow;
        this.publishWorkflow = publishWorkflow;
        this.unpublishWorkflow = unpublishWorkflow;
        this.regenerateEndpointUrl = regenerateEndpointUrl;
        this.rotateEndpointSecret = rotateEndpointSecret;
        this.readTraffic = readTraffic;
        this.clock = clock;
        setId("endpoint-list-view");
        setSizeFull();
        add(createToolbar());
        configureGrid();
        add(grid);
        refresh();
    }

    private Component createToolbar() {
        H2 title = new H2("Endpoints");
        Button create = new Button("New endpoint", VaadinIcon.PLUS.create(),
                click -> getUI().ifPresent(ui -> ui.navigate(WorkflowEditorView.class, WorkflowEditorView.NEW)));
        create.setId("new-workflow");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(title);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("workflow-grid");
        grid.setAriaLabel("Endpoints");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addComponentColumn(view -> {
            Span name = new Span(view.workflow().name());
            name.setId("name-" + id(view));
            name.addClassName("workflow-name");
            return name;
        }).setKey("name").setHeader("Name").setFlexGrow(1).setSortable(true)
                .setComparator(Comparator.comparing((WorkflowView view) -> view.workflow().name(), String.CASE_INSENSITIVE_ORDER));
        grid.addComponentColumn(this::stateBadge).setKey("state").setHeader("State").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(view -> view.workflow().listener().returnType().externalName())
                .setKey("returns").setHeader("Returns").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(view -> EndpointIcons.of(view.workflow().listener().jwt().enabled(),
                view.workflow().listener().cors().enabled())).setKey("access").setHeader("Access").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::urlCell).setKey("url").setHeader("URL").setFlexGrow(2);
        grid.addComponentColumn(this::lastRequestCell).setKey("last-request").setHeader("Last request")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparing((WorkflowView view) -> activity(view)
                        .map(EndpointActivity::lastRequestAt).orElse(Instant.MIN)));
        grid.addComponentColumn(this::recentRequestsCell).setKey("requests-24h").setHeader("24 h")
                .setAutoWidth(true).setFlexGrow(0).setSortable(true)
                .setComparator(Comparator.comparingLong((WorkflowView view) -> recentCount(view)));
        // A fixed width: auto width is measured before the menu bar renders, which then hides its button.
        grid.addComponentColumn(this::actions).setKey("actions").setHeader("Actions").setWidth("16em").setFlexGrow(0);
        grid.setEmptyStateText("No endpoint yet: create one with “New endpoint”.");
    }

    private Component stateBadge(WorkflowView view) {
        boolean published = view.workflow().published();
        Span badge = new Span(published ? "Published" : "Draft");
        badge.setId("state-" + id(view));
        badge.addClassNames("state-badge", published ? "state-published" : "state-draft");
        badge.getElement().setAttribute("title", published ? "The URL answers callers" : "The URL answers 404 until published");
        return badge;
    }

    private Component urlCell(WorkflowView view) {
        Span url = new Span(view.url());
        url.setId("url-" + id(view));
        url.addClassName("endpoint-url");
        CopyButton copy = new CopyButton("URL", view.url());
        copy.setId("copy-url-" + id(view));
        HorizontalLayout cell = new HorizontalLayout(url, copy);
        cell.setSpacing(false);
        cell.setAlignItems(Alignment.CENTER);
        return cell;
    }

    private Component lastRequestCell(WorkflowView view) {
        Span last = new Span();
        last.setId("last-request-" + id(view));
        last.addClassName("last-request");
        activity(view).ifPresentOrElse(known -> {
            last.setText(RelativeTime.ago(known.lastRequestAt(), readAt));
            last.getElement().setAttribute("title", RelativeTime.exact(known.lastRequestAt()));
        }, () -> {
            last.setText("never");
            last.getElement().setAttribute("title", "No request in the log");
        });
        return last;
    }

    private Component recentRequestsCell(WorkflowView view) {
        long count = recentCount(view);
        Button requests = new Button(String.valueOf(count), click -> openRequests(view));
        requests.setId("requests-24h-" + id(view));
        requests.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY_INLINE);
        requests.setAriaLabel(count + (count == 1 ? " request" : " requests") + " to " + view.workflow().name()
                + " in the last 24 hours: open its request log");
        requests.setTooltipText("Requests in the last 24 hours: open the request log");
        return requests;
    }

    private Optional<EndpointActivity> activity(WorkflowView view) {
        return Optional.ofNullable(activity.get(view.workflow().requireId()));
    }

    private long recentCount(WorkflowView view) {
        return activity(view).map(EndpointActivity::recentCount).orElse(0L);
    }

    /** The route of an endpoint's request log (its view lives in the request log's package). */
    static String requestsRoute(WorkflowId id) {
        return "requests/" + id.value();
    }

    void openRequests(WorkflowView view) {
        getUI().ifPresent(ui -> ui.navigate(requestsRoute(view.workflow().requireId())));
    }

    private Component actions(WorkflowView view) {
        long id = id(view);
        Button edit = new Button("Edit", click -> getUI().ifPresent(ui ->
                ui.navigate(WorkflowEditorView.class, String.valueOf(id))));
        edit.setId("edit-" + id);
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        edit.setAriaLabel("Edit " + view.workflow().name());

        boolean published = view.workflow().published();
        Button publish = new Button(published ? "Unpublish" : "Publish", click -> togglePublished(view));
        publish.setId("publish-" + id);
        publish.addThemeVariants(ButtonVariant.LUMO_SMALL, published ? ButtonVariant.LUMO_CONTRAST : ButtonVariant.LUMO_SUCCESS);
        publish.setAriaLabel((published ? "Unpublish " : "Publish ") + view.workflow().name());

        MenuBar more = new MenuBar();
        more.setId("more-" + id);
        more.setMinWidth("var(--lumo-size-m)");
        more.addThemeVariants(MenuBarVariant.LUMO_SMALL, MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        MenuItem root = more.addItem(VaadinIcon.ELLIPSIS_DOTS_V.create());
        root.setAriaLabel("More actions for " + view.workflow().name());
        SubMenu menu = root.getSubMenu();
        menu.addItem("Requests", click -> openRequests(view)).setId("requests-" + id);
        menu.addItem("Duplicate", click -> duplicate(view)).setId("duplicate-" + id);
        menu.addItem("Key and secret…", click -> showCredentials(view)).setId("credentials-" + id);
        menu.addItem("Rotate secret…", click -> confirmRotate(view)).setId("rotate-" + id);
        menu.addItem("New URL…", click -> confirmRegenerate(view)).setId("regenerate-" + id);
        menu.addItem("Delete…", click -> confirmDelete(view)).setId("delete-" + id);

        HorizontalLayout actions = new HorizontalLayout(edit, publish, more);
        actions.setSpacing(true);
        actions.setAlignItems(Alignment.CENTER);
        return actions;
    }

    void togglePublished(WorkflowView view) {
        WorkflowId id = view.workflow().requireId();
        if (view.workflow().published()) {
            run(() -> unpublishWorkflow.unpublish(id), "“" + view.workflow().name() + "” is offline: its URL answers 404");
        } else {
            run(() -> publishWorkflow.publish(id), "“" + view.workflow().name() + "” is live");
        }
    }

    void duplicate(WorkflowView view) {
        Map<String, Object> copy = new LinkedHashMap<>(view.document());
        copy.remove("id");
        String name = "Copy of " + view.workflow().name();
        copy.put("name", name.length() > Workflow.MAX_NAME_LENGTH ? name.substring(0, Workflow.MAX_NAME_LENGTH) : name);
        copy.put("published", false);
        @SuppressWarnings("unchecked")
        Map<String, Object> listener = new LinkedHashMap<>((Map<String, Object>) copy.get("listener"));
        // A copy gets its own URL, and its own key and secret when it needs them: sharing would couple the two.
        listener.keySet().removeAll(java.util.List.of("first_hash", "second_hash", "url"));
        listener.put("endpoint_key", "");
        listener.put("endpoint_secret", "");
        copy.put("listener", listener);
        run(() -> createWorkflow.create(copy), "Created “" + copy.get("name") + "” as a draft");
    }

    void showCredentials(WorkflowView view) {
        new CredentialsDialog(view.workflow().name(), () -> readWorkflows.one(view.workflow().requireId())).open();
    }

    void confirmRotate(WorkflowView view) {
        Confirmation.ask("confirm-rotate", "Rotate the secret of “" + view.workflow().name() + "”?",
                "Tokens signed with the current secret stop working at once: every caller must switch to the new secret.",
                "Rotate secret", () -> run(() -> rotateEndpointSecret.rotate(view.workflow().requireId()),
                        "New secret for “" + view.workflow().name() + "”: open “Key and secret” to copy it"));
    }

    void confirmRegenerate(WorkflowView view) {
        Confirmation.ask("confirm-regenerate", "Give “" + view.workflow().name() + "” a new URL?",
                "The current URL stops working at once (404): every caller must switch to the new one.",
                "New URL", () -> run(() -> regenerateEndpointUrl.regenerate(view.workflow().requireId()),
                        "“" + view.workflow().name() + "” has a new URL"));
    }

    void confirmDelete(WorkflowView view) {
        Confirmation.ask("confirm-delete", "Delete “" + view.workflow().name() + "”?",
                "The workflow is removed and its URL answers 404 at once. This cannot be undone.",
                "Delete", () -> run(() -> {
                    deleteWorkflow.delete(view.workflow().requireId());
                    return null;
                }, "Deleted “" + view.workflow().name() + "”"));
    }

    private void run(Supplier<?> action, String success) {
        try {
            action.get();
            notify(success, NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidWorkflowException e) {
            notify("Not possible: " + String.join("; ", e.violations().values()), NotificationVariant.LUMO_ERROR);
        } catch (WorkflowNotFoundException e) {
            notify("This endpoint no longer exists", NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }

    void refresh() {
        // Read before the rows, so that no row shows an endpoint's activity older than the row itself.
        activity = readTraffic.activity();
        readAt = clock.instant();
        grid.setItems(readWorkflows.all().stream()
                .sorted(Comparator.comparing((WorkflowView view) -> view.workflow().name(), String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    private static long id(WorkflowView view) {
        return view.workflow().requireId().value();
    }
}
