package io.dynamicendpoints.adminui.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The workflow editor ({@code WorkflowEditorView}). */
final class WorkflowEditorPage {

    private static final Pattern SAVED = Pattern.compile(".*/workflows/(\\d+)$");

    private final Browser browser;

    WorkflowEditorPage(Browser browser) {
        this.browser = browser;
        browser.element("workflow-form");
    }

    WorkflowEditorPage name(String name) {
        browser.type("workflow-name", name);
        return this;
    }

    WorkflowEditorPage replyData(String template) {
        browser.type("listener-return-data", template);
        return this;
    }

    /** Saves and answers the new workflow's id, read from the address the editor moves to. */
    long save() {
        browser.click("save-workflow");
        browser.waitForUrl(SAVED.pattern());
        Matcher matcher = SAVED.matcher(browser.driver.getCurrentUrl());
        if (!matcher.matches()) {
            throw new AssertionError("Not saved: still at " + browser.driver.getCurrentUrl());
        }
        return Long.parseLong(matcher.group(1));
    }

    EndpointListPage backToList() {
        browser.click("back-to-list");
        return new EndpointListPage(browser);
    }
}
