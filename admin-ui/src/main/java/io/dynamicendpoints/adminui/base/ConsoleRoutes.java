package io.dynamicendpoints.adminui.base;

/**
 * The console's paths in one place. The frame and the access rules navigate by path rather than by
 * view class, so that this package needs none of the feature packages (which all need it).
 */
public final class ConsoleRoutes {

    public static final String LOGIN = "login";
    public static final String DASHBOARD = "dashboard";
    public static final String ENDPOINTS = "";
    public static final String CATALOGUE = "catalogue";
    public static final String WORKFLOWS = "workflows";
    public static final String USERS = "users";
    /** The request log; {@code requests/<workflowId>} opens one endpoint's log. */
    public static final String REQUESTS = "requests";

    private ConsoleRoutes() {
    }
}
