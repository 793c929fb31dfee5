package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;

import java.util.Optional;

/** The signed-in user of the current Vaadin session, and signing in and out. */
public final class ConsoleSession {

    private ConsoleSession() {
    }

    public static Optional<ConsoleUser> user() {
        VaadinSession session = VaadinSession.getCurrent();
        return session == null ? Optional.empty() : Optional.ofNullable(session.getAttribute(ConsoleUser.class));
    }

    /**
     * Remembers the user and, in a real servlet request, gives the HTTP session a new id so that an id
     * planted before sign-in (session fixation) is worthless afterwards.
     */
    public static void signIn(ConsoleUser user) {
        if (VaadinService.getCurrentRequest() != null && VaadinService.getCurrent() != null
                && VaadinService.getCurrentRequest().getWrappedSession(false) != null) {
            try {
                VaadinService.reinitializeSession(VaadinService.getCurrentRequest());
            } catch (UnsupportedOperationException | IllegalStateException notAServletSession) {
                // Browserless tests run on a mock session that cannot be replaced; nothing to protect there.
            }
        }
        VaadinSession.getCurrent().setAttribute(ConsoleUser.class, user);
    }

    static void remember(ConsoleUser user) {
        VaadinSession.getCurrent().setAttribute(ConsoleUser.class, user);
    }

    static void forget() {
        VaadinSession.getCurrent().setAttribute(ConsoleUser.class, null);
    }

    /** Forgets the user, ends the session and returns the browser to the sign-in page. */
    public static void signOut() {
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = UI.getCurrent();
        session.setAttribute(ConsoleUser.class, null);
        if (ui != null) {
            ui.getPage().setLocation(LoginView.ROUTE);
        }
        session.getSession().invalidate();
    }
}
