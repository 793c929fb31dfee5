package io.dynamicendpoints.adminui.requestlog;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.dynamicendpoints.adminui.base.Confirmation;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.application.requestlog.InvalidRequestLogQueryException;
import io.dynamicendpoints.application.requestlog.LoggedRequest;
import io.dynamicendpoints.application.requestlog.ReadRequestLog;
import io.dynamicendpoints.application.requestlog.ReadRequestLog.Page;
import io.dynamicendpoints.application.requestlog.ReadRequestLog.Query;
import io.dynamicendpoints.application.requestlog.ReplayRefusedException;
import io.dynamicendpoints.application.requestlog.ReplayRequest;
import io.dynamicendpoints.application.requestlog.RequestLogFeed;
import io.dynamicendpoints.application.requestlog.RequestNotFoundException;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowNotFoundException;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.requestlog.RequestId;
import io.dynamicendpoints.domain.requestlog.RequestLogEntry;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.annotation.Prototype;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One endpoint's request log, newest first: filtered by status class, time range and body text,
 * paged with "Load more", and live: requests stored while the view is open appear at the top without
 * a reload (server push, fed by {@link RequestLogFeed}). Selecting a row shows the request in full,
 * with a replay. Reached from the menu (then an endpoint is chosen here) or as
 * {@code requests/<workflowId>}.
 */
@Route(value = ConsoleRoutes.REQUESTS, layout = MainLayout.class)
@PageTitle("Requests · Dynamic Endpoints")
@Prototype
public final class RequestLogView extends VerticalLayout implements HasUrlParameter<Long> {

    static final int PAGE_SIZE = 50;
    /**
     * Rows live updates keep on screen at most: a view left open on a busy endpoint would otherwise grow
     * without end. The oldest rows go, and "Load more" pages on from the last row kept.
     */
    static final int MAX_ROWS = 1000;
    static final List<String> STATUS_CLASSES = List.of("2xx", "3xx", "4xx", "5xx");
    /** Newest first, as the store pages them: by arrival, then by id. */
    private static final Comparator<RequestLogEntry> NEWEST_FIRST = Comparator
            .comparing(RequestLogEntry::receivedAt).thenComparing(RequestLogEntry::id).reversed();

    final ComboBox<WorkflowView> workflow = new ComboBox<>("Endpoint");
    final ComboBox<String> status = new ComboBox<>("Status");
    final DateTimePicker from = new DateTimePicker("From (UTC)");
    final DateTimePicker to = new DateTimePicker("To (UTC)");
    final TextField search = new TextField("Body contains");
    final Button clearFilters = new Button("Clear filters");
    final Grid<RequestLogEntry> grid = new Grid<>(RequestLogEntry.class, false);
    final Button loadMore = new Button("Load more", VaadinIcon.ANGLE_DOUBLE_DOWN.create());
    final Span count = new Span();
    final RequestDetailPanel detail = new RequestDetailPanel(this::confirmReplay, this::closeDetail);

    private final transient ReadRequestLog readRequestLog;
    private final transient ReplayRequest replayRequest;
    private final transient ReadWorkflows readWorkflows;
    private final transient RequestLogFeed feed;

    private final List<RequestLogEntry> rows = new ArrayList<>();
    private final Set<RequestId> shownIds = new HashSet<>();
    private WorkflowId workflowId;
    private Optional<String> nextCursor = Optional.empty();
    /** Which stored entries belong on screen now; null while no endpoint is chosen or a filter is invalid. */
    private transient Predicate<RequestLogEntry> liveFilter;
    private transient RequestLogFeed.Subscription subscription;

    public RequestLogView(ReadRequestLog readRequestLog, ReplayRequest replayRequest, ReadWorkflows readWorkflows,
                          RequestLogFeed feed) {
        this.readRequestLog = readRequestLog;
        this.replayRequest = replayRequest;
        this.readWorkflows = readWorkflows;
        this.feed = feed;
        setId("request-log-view");
        setSizeFull();
        add(createToolbar(), createFilters(), createContent());
        detail.clear();
        showNoEndpoint();
    }

    private Component createToolbar() {
        H2 title = new H2("Requests");
        workflow.setId("request-workflow");
        workflow.setItemLabelGenerator(view -> view.workflow().name());
        workflow.setPlaceholder("Choose an endpoint");
        workflow.setWidth("22em");
        workflow.addValueChangeListener(change -> {
            WorkflowView chosen = change.getValue();
            if (chosen != null && !chosen.workflow().requireId().equals(workflowId)) {
                getUI().ifPresent(ui -> ui.navigate(RequestLogView.class, chosen.workflow().requireId().value()));
            }
        });
        Span live = new Span("Live: new requests appear at the top as they are stored");
        live.setId("request-live");
        live.addClassName("request-live");
        HorizontalLayout toolbar = new HorizontalLayout(title, workflow, live);
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        return toolbar;
    }

    private Component createFilters() {
        status.setId("request-status");
        status.setItems(STATUS_CLASSES);
        status.setAllowCustomValue(true);
        status.addCustomValueSetListener(custom -> status.setValue(custom.getDetail()));
        status.setPlaceholder("any");
        status.setHelperText("A class (4xx) or a status (404)");
        status.setClearButtonVisible(true);
        status.setWidth("11em");
        from.setId("request-from");
        to.setId("request-to");
        from.setHelperText("Received at or after");
        to.setHelperText("Received before");
        search.setId("request-search");
        search.setPlaceholder("text in the request body");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setMaxLength(ReadRequestLog.MAX_TEXT_LENGTH + 1); // one more, so that the use case names the limit
        search.setWidth("18em");
        clearFilters.setId("request-clear-filters");
        clearFilters.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clearFilters.addClickListener(click -> clearFilters());
        status.addValueChangeListener(change -> reload());
        from.addValueChangeListener(change -> reload());
        to.addValueChangeListener(change -> reload());
        search.addValueChangeListener(change -> reload());
        HorizontalLayout filters = new HorizontalLayout(status, from, to, search, clearFilters);
        filters.setId("request-filters");
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        return filters;
    }

    private Component createContent() {
        grid.setId("request-grid");
        grid.setAriaLabel("Requests, newest first");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.addColumn(entry -> EntryText.time(entry.receivedAt())).setKey("received").setHeader("Received (UTC)")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RequestLogEntry::method).setKey("method").setHeader("Method").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(entry -> new StatusBadge(entry.status())).setKey("status").setHeader("Status")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.durationMs() + " ms").setKey("duration").setHeader("Duration")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> entry.authOutcome().value()).setKey("auth").setHeader("Auth")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(entry -> (entry.replayOf().isPresent() ? "(replay) " : "") + EntryText.preview(entry.body()))
                .setKey("body").setHeader("Body").setFlexGrow(1);
        grid.setItems(rows);
        grid.setSizeFull();
        grid.asSingleSelect().addValueChangeListener(change -> {
            if (change.getValue() != null) {
                showDetail(change.getValue().id());
            }
        });

        loadMore.setId("request-load-more");
        loadMore.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        loadMore.addClickListener(click -> loadMore());
        count.setId("request-count");
        count.addClassName("request-count");
        HorizontalLayout footer = new HorizontalLayout(count, loadMore);
        footer.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout list = new VerticalLayout(grid, footer);
        list.setPadding(false);
        list.setSizeFull();
        list.setFlexGrow(1, grid);
        detail.addClassName("request-detail-panel");
        detail.getElement().getStyle().set("flex", "0 0 40%");
        HorizontalLayout content = new HorizontalLayout(list, detail);
        content.setSizeFull();
        content.setFlexGrow(1, list);
        setFlexGrow(1, content);
        return content;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long id) {
        List<WorkflowView> workflows = readWorkflows.all().stream()
                .sorted(Comparator.comparing((WorkflowView view) -> view.workflow().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        workflowId = null;
        workflow.setItems(workflows);
        Optional<WorkflowView> chosen = id == null ? Optional.empty()
                : workflows.stream().filter(view -> view.workflow().requireId().value() == id).findFirst();
        if (chosen.isEmpty()) {
            workflow.clear();
            showNoEndpoint();
            if (id != null) {
                notify("No endpoint has the id " + id + ": choose one", NotificationVariant.LUMO_ERROR);
            }
            return;
        }
        workflowId = chosen.get().workflow().requireId();
        workflow.setValue(chosen.get());
        reload();
    }

    private void showNoEndpoint() {
        liveFilter = null;
        rows.clear();
        shownIds.clear();
        nextCursor = Optional.empty();
        grid.getDataProvider().refreshAll();
        grid.setEmptyStateText("Choose an endpoint to see its requests.");
        loadMore.setVisible(false);
        count.setText("");
        closeDetail();
    }

    private Query query(String before) {
        return new Query(PAGE_SIZE, before, status.getValue(), instant(from.getValue()), instant(to.getValue()),
                search.getValue());
    }

    private static String instant(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC).toString();
    }

    /** Reads the newest page for the endpoint and filters shown; an invalid filter is marked on its field. */
    void reload() {
        if (workflowId == null) {
            return;
        }
        List.<HasValidation>of(status, from, to, search).forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
        rows.clear();
        shownIds.clear();
        closeDetail();
        Query query = query(null);
        try {
            liveFilter = readRequestLog.filter(workflowId, query);
            Page page = readRequestLog.list(workflowId, query);
            addEntries(page.items());
            nextCursor = page.nextCursor();
            grid.setEmptyStateText(filtered() ? "No request matches these filters."
                    : "No request yet: it appears here as soon as one arrives.");
        } catch (InvalidRequestLogQueryException e) {
            liveFilter = null;
            nextCursor = Optional.empty();
            markInvalid(e.violations());
            grid.setEmptyStateText("Correct the filters marked above.");
        } catch (WorkflowNotFoundException e) {
            workflowId = null;
            showNoEndpoint();
            notify("This endpoint no longer exists", NotificationVariant.LUMO_ERROR);
            return;
        }
        refreshRows();
    }

    private boolean filtered() {
        return status.getValue() != null || from.getValue() != null || to.getValue() != null
                || !search.getValue().isBlank();
    }

    private void markInvalid(Map<String, String> violations) {
        violations.forEach((parameter, message) -> {
            HasValidation field = switch (parameter) {
                case "status" -> status;
                case "from" -> from;
                case "to" -> to;
                case "q" -> search;
                default -> null; // limit and before are the view's own; never wrong
            };
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
            }
        });
    }

    void loadMore() {
        if (workflowId == null || nextCursor.isEmpty()) {
            return;
        }
        try {
            Page page = readRequestLog.list(workflowId, query(nextCursor.get()));
            addEntries(page.items());
            nextCursor = page.nextCursor();
        } catch (InvalidRequestLogQueryException | WorkflowNotFoundException e) {
            reload();
            return;
        }
        refreshRows();
    }

    void clearFilters() {
        status.clear();
        from.clear();
        to.clear();
        search.clear();
        reload();
    }

    /** Entries the feed announced, on the UI's thread: those the filters let through join the grid. */
    void stored(List<RequestLogEntry> entries) {
        if (liveFilter == null) {
            return;
        }
        List<RequestLogEntry> matching = entries.stream().filter(liveFilter).toList();
        if (!matching.isEmpty() && addEntries(matching)) {
            trimOldest();
            refreshRows();
        }
    }

    /** Adds entries not shown yet, keeping newest first; whether any was new. */
    private boolean addEntries(List<RequestLogEntry> entries) {
        boolean added = false;
        for (RequestLogEntry entry : entries) {
            if (shownIds.add(entry.id())) {
                rows.add(entry);
                added = true;
            }
        }
        rows.sort(NEWEST_FIRST);
        return added;
    }

    /** Drops the oldest rows beyond {@link #MAX_ROWS}; "Load more" then continues after the last one kept. */
    private void trimOldest() {
        if (rows.size() <= MAX_ROWS) {
            return;
        }
        List<RequestLogEntry> dropped = rows.subList(MAX_ROWS, rows.size());
        dropped.forEach(entry -> shownIds.remove(entry.id()));
        dropped.clear();
        nextCursor = Optional.of(readRequestLog.cursorAfter(rows.getLast()));
    }

    private void refreshRows() {
        grid.getDataProvider().refreshAll();
        loadMore.setVisible(nextCursor.isPresent());
        count.setText(rows.size() == 1 ? "1 request shown" : rows.size() + " requests shown");
    }

    private void showDetail(RequestId id) {
        try {
            detail.show(readRequestLog.one(id.toString()));
        } catch (RequestNotFoundException e) {
            notify("This request is no longer in the log (its retention ran out)", NotificationVariant.LUMO_ERROR);
        }
    }

    private void closeDetail() {
        detail.clear();
        grid.asSingleSelect().clear();
    }

    void confirmReplay(LoggedRequest logged) {
        Confirmation.ask("confirm-replay", "Replay this " + logged.entry().method() + " request?",
                "It runs again through the workflow as it is now (current definition and URL), so its steps take"
                        + " effect again: records are stored and calls are made once more. Masked credentials are not"
                        + " sent; a verified token is replaced by a fresh one. The run is logged as a new entry.",
                "Replay", () -> replay(logged));
    }

    private void replay(LoggedRequest logged) {
        try {
            LoggedRequest replayed = replayRequest.replay(logged.entry().id().toString());
            RequestLogEntry entry = replayed.entry();
            addEntries(List.of(entry));
            refreshRows();
            grid.select(entry);
            detail.show(replayed);
            notify("Replayed: the new entry answered " + entry.status() + " " + StatusBadge.meaning(entry.status()),
                    NotificationVariant.LUMO_SUCCESS);
        } catch (ReplayRefusedException e) {
            notify("Not replayed: " + e.getMessage(), NotificationVariant.LUMO_ERROR);
        } catch (RequestNotFoundException e) {
            notify("This request is no longer in the log (its retention ran out)", NotificationVariant.LUMO_ERROR);
        }
    }

    /** The entries on screen, newest first. */
    List<RequestLogEntry> rows() {
        return List.copyOf(rows);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        subscription = feed.subscribe(entries -> {
            try {
                ui.access(() -> stored(entries));
            } catch (UIDetachedException e) {
                // Closed meanwhile; onDetach cancels the subscription.
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.cancel();
            subscription = null;
        }
        super.onDetach(detachEvent);
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification notification = Notification.show(text, 5000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(variant);
    }
}
