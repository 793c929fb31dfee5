package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import io.micronaut.context.annotation.Prototype;

/** The frame around every signed-in view: navigation for the user's role, who is signed in, sign-out. */
@StyleSheet(MainLayout.STYLE_SHEET)
@Prototype
public final class MainLayout extends AppLayout implements BeforeEnterObserver {

    /**
     * The console's styles, a plain file in its web root ({@code context://}): a {@code @CssImport} or a
     * theme folder would force an npm build, which the pre-compiled production bundle avoids.
     */
    static final String STYLE_SHEET = "context://styles/admin.css";

    private final SideNav navigation = new SideNav();
    private final Span currentUser = new Span();

    public MainLayout() {
        setPrimarySection(Section.DRAWER);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");
        Span title = new Span("Dynamic Endpoints");
        title.addClassName("console-title");

        currentUser.setId("current-user");
        currentUser.addClassName("current-user");
        Button logout = new Button("Sign out", VaadinIcon.SIGN_OUT.create(), click -> ConsoleSession.signOut());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        HorizontalLayout header = new HorizontalLayout(toggle, title, currentUser, logout);
        header.setWidthFull();
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.addClassName("console-header");
        addToNavbar(header);

        navigation.setId("navigation");
        navigation.setLabel("Console");
        addToDrawer(navigation);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        navigation.removeAll();
        ConsoleSession.user().ifPresent(user -> {
            currentUser.setText(user.username() + (user.isAdmin() ? " (admin)" : " (integrator)"));
            if (user.isAdmin()) {
                navigation.addItem(item("Endpoints", ConsoleRoutes.ENDPOINTS, VaadinIcon.CONNECT, "nav-endpoints"));
                navigation.addItem(item("Dashboard", ConsoleRoutes.DASHBOARD, VaadinIcon.CHART, "nav-dashboard"));
                navigation.addItem(item("Requests", ConsoleRoutes.REQUESTS, VaadinIcon.LIST, "nav-requests"));
            }
            navigation.addItem(item("Catalogue", ConsoleRoutes.CATALOGUE, VaadinIcon.BOOK, "nav-catalogue"));
            if (user.isAdmin()) {
                navigation.addItem(item("Users", ConsoleRoutes.USERS, VaadinIcon.USERS, "nav-users"));
            }
        });
    }

    private static SideNavItem item(String label, String path, VaadinIcon icon, String id) {
        SideNavItem item = new SideNavItem(label, path.isEmpty() ? "/" : path, icon.create());
        item.setId(id);
        return item;
    }
}
