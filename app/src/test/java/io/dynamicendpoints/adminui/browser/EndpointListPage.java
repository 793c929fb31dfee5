package io.dynamicendpoints.adminui.browser;

/** The endpoints grid ({@code EndpointListView}) and its row actions. */
final class EndpointListPage {

    private final Browser browser;

    EndpointListPage(Browser browser) {
        this.browser = browser;
        browser.element("workflow-grid");
    }

    WorkflowEditorPage newEndpoint() {
        browser.click("new-workflow");
        return new WorkflowEditorPage(browser);
    }

    void publish(long id) {
        browser.click("publish-" + id);
        browser.waitForText("state-" + id, "Published");
    }

    String state(long id) {
        return browser.element("state-" + id).getText();
    }

    String url(long id) {
        return browser.element("url-" + id).getText();
    }

    String gridText() {
        return browser.element("workflow-grid").getText();
    }
}
