package io.dynamicendpoints.adminui.browser;

import io.dynamicendpoints.adminui.base.JettyConsoleServer;
import io.dynamicendpoints.adminui.base.LoggedTraffic;
import io.dynamicendpoints.application.port.RequestLog;
import io.dynamicendpoints.application.workflow.CreateWorkflow;
import io.dynamicendpoints.domain.workflow.WorkflowId;
import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's server-rendered charts in a real headless Chromium: the markup must arrive as SVG
 * (not as unknown HTML elements) and take up space on the page, which no browserless test can tell.
 */
@MicronautTest(transactional = false)
@Property(name = "dynamic-endpoints.admin-ui.enabled", value = "true")
@Property(name = "dynamic-endpoints.admin-ui.port", value = "0")
class DashboardBrowserTest {

    @Inject
    JettyConsoleServer console;
    @Inject
    CreateWorkflow createWorkflow;
    @Inject
    RequestLog requestLog;
    @Inject
    Clock clock;

    private static Browser browser;

    @BeforeAll
    static void startBrowser() throws Exception {
        browser = new Browser();
    }

    @AfterAll
    static void stopBrowser() throws Exception {
        browser.close();
    }

    @Test
    void drawsBothChartsAsSvgThatTakesUpSpace() {
        Map<String, Object> listener = new LinkedHashMap<>();
        listener.put("return_type", "data");
        listener.put("return_data", "{}");
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("name", "Charted");
        document.put("run_mode", "sync");
        document.put("listener", listener);
        document.put("steps", List.of());
        WorkflowId charted = createWorkflow.create(document).workflow().requireId();
        LoggedTraffic.log(requestLog, charted, clock.instant().minusSeconds(90), 200, 200, 404, 500);

        browser.open(console.url().toString());
        new LoginPage(browser).signInAsAdmin("admin", "test-admin-password");
        browser.click("nav-dashboard");
        browser.element("requests-per-minute-chart");

        JavascriptExecutor script = (JavascriptExecutor) browser.driver;
        @SuppressWarnings("unchecked")
        Map<String, Object> drawn = (Map<String, Object>) script.executeScript("""
                const line = document.getElementById('requests-per-minute-svg');
                const bars = document.getElementById('status-classes-svg');
                return {
                  lineNamespace: line.namespaceURI,
                  lineWidth: line.getBoundingClientRect().width,
                  lineHeight: line.getBoundingClientRect().height,
                  points: line.querySelectorAll('circle.point').length,
                  segments: bars.querySelectorAll('rect.segment').length,
                  segmentWidth: bars.querySelector('rect.segment').getBBox().width
                };""");

        assertThat(drawn.get("lineNamespace")).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(((Number) drawn.get("lineWidth")).doubleValue()).isGreaterThan(300);
        assertThat(((Number) drawn.get("lineHeight")).doubleValue()).isGreaterThan(100);
        assertThat(((Number) drawn.get("points")).intValue()).isEqualTo(60);
        assertThat(((Number) drawn.get("segments")).intValue()).isEqualTo(3);
        assertThat(((Number) drawn.get("segmentWidth")).doubleValue()).isGreaterThan(0);
    }
}
