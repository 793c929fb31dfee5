package io.dynamicendpoints.adminui.dashboard;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.adminui.base.RelativeTime;
import io.dynamicendpoints.application.traffic.ReadTraffic;
import io.dynamicendpoints.application.traffic.RequestsPerMinute;
import io.dynamicendpoints.application.traffic.TrafficWindow;
import io.dynamicendpoints.application.workflow.ReadWorkflows;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.traffic.StatusClass;
import io.dynamicendpoints.domain.traffic.StatusCounts;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.annotation.Prototype;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much the endpoints are called: requests per minute over the last hour (all endpoints, or one
 * chosen in a selector) and the answers per endpoint split by status class over the last hour or day.
 * Both charts are server-rendered SVG with a summary sentence and their numbers in a table, refreshed
 * on demand or every {@value #POLL_SECONDS} seconds while "Refresh automatically" is on.
 */
@Route(value = ConsoleRoutes.DASHBOARD, layout = MainLayout.class)
@PageTitle("Dashboard · Dynamic Endpoints")
@Prototype
public final class DashboardView extends VerticalLayout {

    static final int POLL_SECONDS = 30;
    /** Bars drawn at most; the table below the chart lists every endpoint. */
    static final int MAX_BARS = 20;
    /** Colour-blind-safe fills (Okabe–Ito); the legend and the table carry the same information as text. */
    static final Map<StatusClass, String> COLOURS = new EnumMap<>(Map.of(
            StatusClass.INFORMATIONAL, "#999999",
            StatusClass.SUCCESS, "#009e73",
            StatusClass.REDIRECTION, "#56b4e9",
            StatusClass.CLIENT_ERROR, "#e69f00",
            StatusClass.SERVER_ERROR, "#d55e00"));

    /** An entry of the endpoint selector: one endpoint, or all of them. */
    record EndpointChoice(Optional<WorkflowId> workflow, String name) {

        static final EndpointChoice ALL = new EndpointChoice(Optional.empty(), "All endpoints");
    }

    /** A row of the per-minute table. */
    record MinuteRow(String minute, long requests) {
    }

    /** A row of the status-class table. */
    record StatusRow(String endpoint, StatusCounts counts) {
    }

    final Button refresh = new Button("Refresh", VaadinIcon.REFRESH.create());
    final Checkbox autoRefresh = new Checkbox("Refresh automatically every " + POLL_SECONDS + " s");
    final Span updated = new Span();
    final Select<EndpointChoice> endpoint = new Select<>();
    final Paragraph perMinuteSummary = new Paragraph();
    final Svg perMinuteChart = new Svg();
    final Grid<MinuteRow> perMinuteGrid = new Grid<>();
    final Select<TrafficWindow> window = new Select<>();
    final Paragraph statusSummary = new Paragraph();
    final Svg statusChart = new Svg();
    final Grid<StatusRow> statusGrid = new Grid<>();

    private final transient ReadTraffic readTraffic;
    private final transient ReadWorkflows readWorkflows;
    private final transient Clock clock;
    private Registration pollListener;
    /** Set while {@link #refresh} replaces the selector's items, which fires value changes of its own. */
    private boolean replacingChoices;
    private Map<WorkflowId, String> names = Map.of();

    public DashboardView(ReadTraffic readTraffic, ReadWorkflows readWorkflows, Clock clock) {
        this.readTraffic = readTraffic;
        this.readWorkflows = readWorkflows;
        this.clock = clock;
        setId("dashboard-view");
        add(createToolbar(), createPerMinuteSection(), createStatusSection());
        refresh();
    }

    private Component createToolbar() {
        H2 title = new H2("Dashboard");
        refresh.setId("dashboard-refresh");
        refresh.setAriaLabel("Refresh the dashboard");
        refresh.addClickListener(click -> refresh());
        autoRefresh.setId("dashboard-auto-refresh");
        autoRefresh.addValueChangeListener(change -> applyPolling());
        updated.setId("dashboard-updated");
        updated.addClassName("dashboard-updated");
        HorizontalLayout toolbar = new HorizontalLayout(title, updated, autoRefresh, refresh);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(title);
        return toolbar;
    }

    private Component createPerMinuteSection() {
        H3 heading = new H3("Requests per minute, last hour");
        heading.setId("requests-per-minute-heading");
        endpoint.setId("dashboard-endpoint");
        endpoint.setLabel("Endpoint");
        endpoint.setItemLabelGenerator(EndpointChoice::name);
        endpoint.addValueChangeListener(change -> {
            if (!replacingChoices) {
                showPerMinute();
            }
        });
        perMinuteSummary.setId("requests-per-minute-summary");
        perMinuteChart.setId("requests-per-minute-chart");
        perMinuteChart.addClassName("dashboard-chart");
        perMinuteGrid.setId("requests-per-minute-grid");
        perMinuteGrid.setAriaLabel("Requests per minute, last hour");
        perMinuteGrid.addColumn(MinuteRow::minute).setHeader("Minute (UTC)").setKey("minute");
        perMinuteGrid.addColumn(MinuteRow::requests).setHeader("Requests").setKey("requests");
        perMinuteGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        perMinuteGrid.setHeight("20em");
        Details data = new Details("Requests per minute as a table", perMinuteGrid);
        data.setId("requests-per-minute-data");
        Section section = new Section(heading, endpoint, perMinuteSummary, perMinuteChart, data);
        section.getElement().setAttribute("aria-labelledby", "requests-per-minute-heading");
        section.setWidthFull();
        return section;
    }

    private Component createStatusSection() {
        H3 heading = new H3("Answers by status class");
        heading.setId("status-classes-heading");
        window.setId("dashboard-window");
        window.setLabel("Period");
        window.setItems(TrafficWindow.values());
        window.setItemLabelGenerator(TrafficWindow::label);
        window.setValue(TrafficWindow.LAST_HOUR);
        window.addValueChangeListener(change -> showStatusClasses());
        statusSummary.setId("status-classes-summary");
        statusChart.setId("status-classes-chart");
        statusChart.addClassName("dashboard-chart");
        statusGrid.setId("status-classes-grid");
        statusGrid.setAriaLabel("Answers by status class per endpoint");
        statusGrid.addColumn(StatusRow::endpoint).setHeader("Endpoint").setKey("endpoint").setFlexGrow(1);
        for (StatusClass statusClass : StatusClass.values()) {
            statusGrid.addColumn(row -> row.counts().of(statusClass)).setHeader(statusClass.label())
                    .setKey(statusClass.label()).setAutoWidth(true).setFlexGrow(0);
        }
        statusGrid.addColumn(row -> row.counts().total()).setHeader("Total").setKey("total").setAutoWidth(true).setFlexGrow(0);
        statusGrid.addThemeVariants(GridVariant.LUMO_COMPACT);
        statusGrid.setAllRowsVisible(true);
        Details data = new Details("Answers by status class as a table", statusGrid);
        data.setId("status-classes-data");
        Section section = new Section(heading, window, statusSummary, statusChart, data);
        section.getElement().setAttribute("aria-labelledby", "status-classes-heading");
        section.setWidthFull();
        return section;
    }

    /** Reads every figure again: the endpoints for the selector, then both charts. */
    void refresh() {
        List<WorkflowView> workflows = readWorkflows.all().stream()
                .sorted(Comparator.comparing((WorkflowView view) -> view.workflow().name(), String.CASE_INSENSITIVE_ORDER))
                .toList();
        names = workflows.stream().collect(Collectors.toMap(view -> view.workflow().requireId(),
                view -> view.workflow().name(), (a, b) -> a, LinkedHashMap::new));
        List<EndpointChoice> choices = new ArrayList<>();
        choices.add(EndpointChoice.ALL);
        names.forEach((id, name) -> choices.add(new EndpointChoice(Optional.of(id), name)));
        EndpointChoice chosen = endpoint.getValue();
        replacingChoices = true;
        try {
            endpoint.setItems(choices);
            // setItems clears the value; keep the choice while its endpoint exists.
            endpoint.setValue(chosen != null && choices.contains(chosen) ? chosen : EndpointChoice.ALL);
        } finally {
            replacingChoices = false;
        }
        showPerMinute();
        showStatusClasses();
        updated.setText("Updated " + RelativeTime.exact(clock.instant()));
    }

    private void showPerMinute() {
        EndpointChoice chosen = Optional.ofNullable(endpoint.getValue()).orElse(EndpointChoice.ALL);
        RequestsPerMinute perMinute = readTraffic.perMinute(chosen.workflow());
        String summary = chosen.name() + ": " + requests(perMinute.total()) + " in the last hour, at most "
                + perMinute.peak() + " in one minute.";
        perMinuteSummary.setText(summary);
        List<SvgLineChart.Point> points = new ArrayList<>();
        List<MinuteRow> rows = new ArrayList<>();
        for (int index = 0; index < perMinute.counts().size(); index++) {
            String minute = RelativeTime.clock(perMinute.minute(index));
            long count = perMinute.counts().get(index);
            points.add(new SvgLineChart.Point(minute, count, minute + " UTC: " + requests(count)));
            rows.add(new MinuteRow(minute, count));
        }
        SvgLineChart chart = new SvgLineChart("requests-per-minute-svg", "Requests per minute, last hour — " + chosen.name(),
                summary, "Time (UTC)", "Requests per minute");
        perMinuteChart.setSvg(chart.render(points, 10));
        perMinuteGrid.setItems(rows);
    }

    private void showStatusClasses() {
        TrafficWindow chosen = Optional.ofNullable(window.getValue()).orElse(TrafficWindow.LAST_HOUR);
        List<StatusRow> rows = readTraffic.statusClasses(chosen).entrySet().stream()
                .map(entry -> new StatusRow(name(entry.getKey()), entry.getValue()))
                .sorted(Comparator.comparingLong((StatusRow row) -> row.counts().total()).reversed()
                        .thenComparing(StatusRow::endpoint, String.CASE_INSENSITIVE_ORDER))
                .toList();
        String summary = statusSummary(chosen, rows);
        statusSummary.setText(summary);
        List<SvgStackedBars.Series> series = Arrays.stream(StatusClass.values())
                .map(statusClass -> new SvgStackedBars.Series(statusClass.label(), COLOURS.get(statusClass)))
                .toList();
        List<SvgStackedBars.Bar> bars = rows.stream().limit(MAX_BARS)
                .map(row -> new SvgStackedBars.Bar(row.endpoint(),
                        Arrays.stream(StatusClass.values()).map(row.counts()::of).toList()))
                .toList();
        SvgStackedBars chart = new SvgStackedBars("status-classes-svg",
                "Answers by status class per endpoint — " + chosen.label(), summary, "Requests", series);
        statusChart.setSvg(chart.render(bars, "No requests in this period"));
        statusGrid.setItems(rows);
    }

    private static String statusSummary(TrafficWindow window, List<StatusRow> rows) {
        if (rows.isEmpty()) {
            return window.label() + ": no requests.";
        }
        StatusCounts sum = rows.stream().map(StatusRow::counts).reduce(StatusCounts.NONE, StatusCounts::plus);
        String split = Arrays.stream(StatusClass.values())
                .filter(statusClass -> sum.of(statusClass) > 0)
                .map(statusClass -> sum.of(statusClass) + " " + statusClass.label())
                .collect(Collectors.joining(", "));
        String shown = rows.size() > MAX_BARS ? " The chart shows the " + MAX_BARS + " busiest; the table lists all." : "";
        return window.label() + ": " + requests(sum.total()) + " to " + rows.size()
                + (rows.size() == 1 ? " endpoint" : " endpoints") + " (" + split + ")." + shown;
    }

    private String name(WorkflowId id) {
        return names.getOrDefault(id, "Deleted workflow #" + id.value());
    }

    private static String requests(long count) {
        return count == 1 ? "1 request" : count + " requests";
    }

    private void applyPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(Boolean.TRUE.equals(autoRefresh.getValue()) ? POLL_SECONDS * 1000 : -1));
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        pollListener = ui.addPollListener(poll -> refresh());
        applyPolling();
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        // Other views must not keep polling for a dashboard that is gone.
        detachEvent.getUI().setPollInterval(-1);
        if (pollListener != null) {
            pollListener.remove();
            pollListener = null;
        }
        super.onDetach(detachEvent);
    }
}
