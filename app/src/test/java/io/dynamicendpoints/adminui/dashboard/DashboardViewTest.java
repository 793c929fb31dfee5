package io.dynamicendpoints.adminui.dashboard;

import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.sidenav.SideNavItem;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.adminui.base.LoggedTraffic;
import io.dynamicendpoints.adminui.base.RelativeTime;
import io.dynamicendpoints.adminui.endpoint.EndpointCatalogueView;
import io.dynamicendpoints.adminui.endpoint.EndpointListView;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.traffic.TrafficWindow;
import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.traffic.StatusClass;
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
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireEvent;
import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** The traffic dashboard against the real use cases, with requests written straight into the request log. */
@MicronautTest(transactional = false)
class DashboardViewTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    CreateUser createUser;
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
    void drawsRequestsPerMinuteOfTheChosenEndpoint() {
        WorkflowId orders = create(uniqueName("Orders"));
        Instant twoMinutesAgo = clock.instant().minus(2, ChronoUnit.MINUTES);
        LoggedTraffic.log(requestLog, orders, twoMinutesAgo, 200, 200, 500);
        LoggedTraffic.log(requestLog, create(uniqueName("Other")), twoMinutesAgo, 200);
        DashboardView view = open();

        _setValue(view.endpoint, choice(view, orders));

        String minute = RelativeTime.clock(twoMinutesAgo);
        assertThat(view.perMinuteSummary.getText()).endsWith(": 3 requests in the last hour, at most 3 in one minute.");
        assertThat(_findAll(view.perMinuteGrid)).hasSize(60)
                .contains(new DashboardView.MinuteRow(minute, 3))
                .extracting(DashboardView.MinuteRow::requests).containsOnly(0L, 3L);
        assertThat(svg(view.perMinuteChart)).contains("role=\"img\"").contains(minute + " UTC: 3 requests")
                .contains("<title id=\"requests-per-minute-svg-title\">");
    }

    @Test
    void drawsRequestsPerMinuteOfAllEndpointsByDefault() {
        Instant now = clock.instant();
        LoggedTraffic.log(requestLog, create(uniqueName("First")), now, 200);
        LoggedTraffic.log(requestLog, create(uniqueName("Second")), now, 200);

        DashboardView view = open();

        assertThat(view.endpoint.getValue()).isEqualTo(DashboardView.EndpointChoice.ALL);
        long total = _findAll(view.perMinuteGrid).stream().mapToLong(DashboardView.MinuteRow::requests).sum();
        assertThat(total).isGreaterThanOrEqualTo(2);
        assertThat(view.perMinuteSummary.getText()).startsWith("All endpoints: " + total + " requests in the last hour");
    }

    @Test
    void breaksAnswersDownByStatusClassPerEndpointForTheChosenPeriod() {
        String name = uniqueName("Invoices <b>&</b>");
        WorkflowId invoices = create(name);
        Instant now = clock.instant();
        LoggedTraffic.log(requestLog, invoices, now.minusSeconds(60), 200, 201, 404);
        LoggedTraffic.log(requestLog, invoices, now.minusSeconds(3 * 3600), 503);
        DashboardView view = open();

        DashboardView.StatusRow lastHour = row(view, name);
        assertThat(lastHour.counts().asMap()).containsEntry(StatusClass.SUCCESS, 2L)
                .containsEntry(StatusClass.CLIENT_ERROR, 1L).containsEntry(StatusClass.SERVER_ERROR, 0L);
        assertThat(svg(view.statusChart)).contains(XmlText.escape(name) + " — 4xx: 1").doesNotContain("<b>");

        _setValue(view.window, TrafficWindow.LAST_DAY);

        assertThat(row(view, name).counts().of(StatusClass.SERVER_ERROR)).isEqualTo(1);
        assertThat(row(view, name).counts().total()).isEqualTo(4);
        assertThat(view.statusSummary.getText()).startsWith("Last 24 hours: ");
        assertThat(svg(view.statusChart)).contains("Answers by status class per endpoint — Last 24 hours");
    }

    @Test
    void refreshShowsRequestsThatArrivedSinceOpening() {
        String name = uniqueName("Late");
        WorkflowId late = create(name);
        DashboardView view = open();
        assertThat(_findAll(view.statusGrid)).noneMatch(row -> row.endpoint().equals(name));

        LoggedTraffic.log(requestLog, late, clock.instant(), 200);
        _click(view.refresh);

        assertThat(row(view, name).counts().total()).isEqualTo(1);
        assertThat(view.endpoint.getListDataView().getItems().map(DashboardView.EndpointChoice::name)).contains(name);
        assertThat(view.updated.getText()).startsWith("Updated ").endsWith(" UTC");
    }

    @Test
    void refreshKeepsTheChosenEndpoint() {
        WorkflowId kept = create(uniqueName("Kept"));
        DashboardView view = open();
        _setValue(view.endpoint, choice(view, kept));

        _click(view.refresh);

        assertThat(view.endpoint.getValue().workflow()).contains(kept);
    }

    @Test
    void refreshesByItselfOnlyWhileAutomaticRefreshIsOn() {
        String name = uniqueName("Polled");
        WorkflowId polled = create(name);
        DashboardView view = open();

        _setValue(view.autoRefresh, true);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(DashboardView.POLL_SECONDS * 1000);
        LoggedTraffic.log(requestLog, polled, clock.instant(), 200);
        _fireEvent(UI.getCurrent(), new PollEvent(UI.getCurrent(), true));
        assertThat(row(view, name).counts().total()).isEqualTo(1);

        _setValue(view.autoRefresh, false);
        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void stopsPollingWhenTheAdminLeaves() {
        DashboardView view = open();
        _setValue(view.autoRefresh, true);

        UI.getCurrent().navigate(EndpointListView.class);

        assertThat(UI.getCurrent().getPollInterval()).isEqualTo(-1);
    }

    @Test
    void offersEveryChartAsATableAndLabelsItsControls() {
        DashboardView view = open();

        assertThat(_get(Details.class, spec -> spec.withId("requests-per-minute-data")).getSummaryText())
                .isEqualTo("Requests per minute as a table");
        assertThat(_get(Details.class, spec -> spec.withId("status-classes-data")).getSummaryText())
                .isEqualTo("Answers by status class as a table");
        assertThat(view.endpoint.getLabel()).isEqualTo("Endpoint");
        assertThat(view.window.getLabel()).isEqualTo("Period");
        assertThat(view.refresh.getElement().getAttribute("aria-label")).isEqualTo("Refresh the dashboard");
        assertThat(svg(view.statusChart)).contains("aria-labelledby=\"status-classes-svg-title status-classes-svg-desc\"");
    }

    @Test
    void isInTheAdminsNavigation() {
        UI.getCurrent().navigate(EndpointListView.class);

        assertThat(_get(SideNavItem.class, spec -> spec.withId("nav-dashboard")).getPath()).isEqualTo("dashboard");
    }

    @Test
    void isForAdminsOnly() {
        String integrator = uniqueName("integrator").replace(" ", "-");
        createUser.create(integrator, "a-long-enough-password", List.of("INTEGRATOR"));
        KaribuConsole.signIn(integrator, Role.INTEGRATOR);

        UI.getCurrent().navigate("dashboard");

        expectView(EndpointCatalogueView.class);
    }

    private DashboardView open() {
        UI.getCurrent().navigate(DashboardView.class);
        return _get(DashboardView.class);
    }

    private static DashboardView.EndpointChoice choice(DashboardView view, WorkflowId workflow) {
        return view.endpoint.getListDataView().getItems()
                .filter(choice -> choice.workflow().equals(java.util.Optional.of(workflow)))
                .findFirst().orElseThrow();
    }

    private static DashboardView.StatusRow row(DashboardView view, String endpoint) {
        return _findAll(view.statusGrid).stream().filter(row -> row.endpoint().equals(endpoint)).findFirst()
                .orElseThrow(() -> new AssertionError("No row for " + endpoint));
    }

    private static String svg(com.vaadin.flow.component.Svg chart) {
        return chart.getElement().getProperty("innerHTML", "");
    }

    private WorkflowId create(String name) {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", "{\"status\": \"received\"}");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", name);
        document.put("run_mode", "sync");
        document.put("listener", listener);
        document.put("steps", List.of());
        WorkflowView created = createWorkflow.create(document);
        return created.workflow().requireId();
    }

    private static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }
}
