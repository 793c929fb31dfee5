package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.domain.user.Role;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * The console's gate, checked before every navigation: nobody but the sign-in page without a user,
 * and each view only for the roles in its {@link AllowedRoles}. Someone who may not open a view lands
 * on their own start page instead of an error. The account is looked up again on each navigation, so
 * a deleted account is signed out and changed roles apply without waiting for the session to end.
 */
@Singleton
public final class ConsoleAccessControl implements VaadinServiceInitListener {

    private final ListUsers listUsers;

    public ConsoleAccessControl(ListUsers listUsers) {
        this.listUsers = listUsers;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    void check(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        Optional<ConsoleUser> user = ConsoleSession.user().flatMap(this::stillValid);
        if (target == LoginView.class) {
            user.ifPresent(signedIn -> event.forwardTo(startPage(signedIn)));
            return;
        }
        if (user.isEmpty()) {
            event.forwardTo(LoginView.class);
            return;
        }
        if (!user.get().hasAny(allowedRoles(target))) {
            event.forwardTo(startPage(user.get()));
        }
    }

    /** The signed-in user as the accounts now have it; empty (and signed out) when the account is gone. */
    private Optional<ConsoleUser> stillValid(ConsoleUser signedIn) {
        Optional<ConsoleUser> current = listUsers.list().stream()
                .filter(account -> account.username().equals(signedIn.username()))
                .findFirst()
                .map(account -> new ConsoleUser(account.username(), account.roles()));
        if (current.isEmpty()) {
            ConsoleSession.forget();
        } else if (!current.get().equals(signedIn)) {
            ConsoleSession.remember(current.get());
        }
        return current;
    }

    static Role[] allowedRoles(Class<?> view) {
        AllowedRoles allowed = view.getAnnotation(AllowedRoles.class);
        return allowed == null ? new Role[]{Role.ADMIN} : allowed.value();
    }

    /** Where a user goes after signing in: admins to the endpoints they manage, integrators to the catalogue. */
    public static String startPage(ConsoleUser user) {
        return user.isAdmin() ? ConsoleRoutes.ENDPOINTS : ConsoleRoutes.CATALOGUE;
    }
}
