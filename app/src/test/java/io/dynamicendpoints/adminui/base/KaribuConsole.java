package io.dynamicendpoints.adminui.base;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.mock.MockService;
import com.github.mvysny.kaributesting.v10.mock.MockVaadinServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.function.DeploymentConfiguration;
import com.vaadin.flow.server.ServiceException;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;

import java.util.Set;

/**
 * Runs the console's views without a browser (Karibu-Testing) on a real Micronaut context: Vaadin
 * creates views through the same {@link MicronautInstantiator} as in production, so the views get the
 * real use cases over H2, and the same access rules apply.
 */
public final class KaribuConsole {

    private static final Routes ROUTES = new Routes().autoDiscoverViews("io.dynamicendpoints.adminui");

    private KaribuConsole() {
    }

    public static void setUp(ApplicationContext context) {
        MockVaadin.setup(UI::new, new MicronautMockServlet(ROUTES, context));
    }

    public static void tearDown() {
        MockVaadin.tearDown();
    }

    /** Signs in without the password check (the login view has its own tests). */
    public static void signIn(String username, Role... roles) {
        VaadinSession.getCurrent().setAttribute(ConsoleUser.class, new ConsoleUser(username, Set.of(roles)));
    }

    /** The text of the newest notification on screen. */
    public static String lastNotification() {
        java.util.List<com.vaadin.flow.component.notification.Notification> shown =
                com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications();
        if (shown.isEmpty()) {
            throw new AssertionError("No notification is shown");
        }
        return shown.getLast().getElement().getProperty("text", "");
    }

    private static final class MicronautMockServlet extends MockVaadinServlet {

        private final transient ApplicationContext context;

        MicronautMockServlet(Routes routes, ApplicationContext context) {
            super(routes);
            this.context = context;
        }

        @Override
        protected VaadinServletService createServletService(DeploymentConfiguration configuration) throws ServiceException {
            getServletContext().setAttribute(ApplicationContext.class.getName(), context);
            VaadinServletService service = new MockService(this, configuration, getUiFactory()) {
                @Override
                protected Instantiator createInstantiator() {
                    return new MicronautInstantiator(this, context);
                }
            };
            service.init();
            getRoutes().register(service.getContext());
            return service;
        }
    }
}
