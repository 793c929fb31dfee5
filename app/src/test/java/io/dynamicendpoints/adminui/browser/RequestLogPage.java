package io.dynamicendpoints.adminui.browser;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;

/** The request log ({@code RequestLogView}): endpoint choice, grid, detail panel. */
final class RequestLogPage {

    private final Browser browser;

    RequestLogPage(Browser browser) {
        this.browser = browser;
        browser.element("request-log-view");
    }

    /** Opens the log from the menu. */
    static RequestLogPage fromMenu(Browser browser) {
        browser.click("nav-requests");
        return new RequestLogPage(browser);
    }

    /** Picks the endpoint by its (unique) name in the combo box, which opens {@code requests/<id>}. */
    RequestLogPage chooseEndpoint(String name, long id) {
        WebElement input = browser.input("request-workflow");
        input.click();
        input.sendKeys(name);
        input.sendKeys(Keys.ENTER);
        browser.waitForUrl(".*/requests/" + id + "$");
        browser.waitForVaadin();
        return this;
    }

    /** Waits, without touching the page, until a row of the grid shows {@code text}. */
    void waitForRequestShowing(String text, Duration patience) {
        new WebDriverWait(browser.driver, patience).until(driver -> gridText().contains(text));
    }

    String gridText() {
        return browser.driver.findElement(By.id("request-grid")).getText();
    }

    /** Clicks the grid cell that shows {@code text}, which selects its row and opens the detail. */
    void openRequestShowing(String text) {
        WebElement cell = browser.driver.findElements(By.cssSelector("#request-grid vaadin-grid-cell-content")).stream()
                .filter(candidate -> candidate.getText().contains(text))
                .findFirst().orElseThrow(() -> new AssertionError("No cell shows " + text));
        cell.click();
        browser.waitForVaadin();
        browser.element("request-detail");
    }

    String detail(String part) {
        return browser.element("request-detail-" + part).getText();
    }

    /** Leaves a mark in the page's window that any reload would wipe out. */
    void markPage() {
        ((JavascriptExecutor) browser.driver).executeScript("window.__requestLogMark = 'still here';");
    }

    boolean pageStillMarked() {
        return "still here".equals(((JavascriptExecutor) browser.driver).executeScript("return window.__requestLogMark;"));
    }
}
