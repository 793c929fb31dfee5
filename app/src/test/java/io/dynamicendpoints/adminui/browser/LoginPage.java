package io.dynamicendpoints.adminui.browser;

/** The sign-in page ({@code LoginView}). */
final class LoginPage {

    private final Browser browser;

    LoginPage(Browser browser) {
        this.browser = browser;
        browser.element("login-view");
    }

    EndpointListPage signInAsAdmin(String username, String password) {
        browser.type("login-username", username);
        browser.type("login-password", password);
        browser.click("login-submit");
        return new EndpointListPage(browser);
    }

    String error() {
        return browser.element("login-error").getText();
    }
}
