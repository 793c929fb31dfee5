package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import io.dynamicendpoints.application.user.AuthenticateUser;
import io.dynamicendpoints.application.user.ClientAddress;
import io.dynamicendpoints.application.user.SignIn;
import io.dynamicendpoints.domain.user.User;
import io.micronaut.context.annotation.Prototype;

/**
 * Sign-in with the same accounts and roles as the API. A failure never says which half was wrong, and
 * repeated failures are slowed down by the same throttle the API uses, counted by the browser's
 * address as the console's server sees it (no forwarding header is trusted).
 */
@StyleSheet(MainLayout.STYLE_SHEET)
@Route(LoginView.ROUTE)
@PageTitle("Sign in · Dynamic Endpoints")
@Prototype
public final class LoginView extends VerticalLayout {

    public static final String ROUTE = ConsoleRoutes.LOGIN;

    private final transient AuthenticateUser authenticateUser;
    private final TextField username = new TextField("User name");
    private final PasswordField password = new PasswordField("Password");
    private final Button signIn = new Button("Sign in");
    private final Paragraph error = new Paragraph();

    public LoginView(AuthenticateUser authenticateUser) {
        this.authenticateUser = authenticateUser;
        setId("login-view");
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        username.setId("login-username");
        username.setAutofocus(true);
        username.setRequiredIndicatorVisible(true);
        username.getElement().setAttribute("autocomplete", "username");
        password.setId("login-password");
        password.setRequiredIndicatorVisible(true);
        password.getElement().setAttribute("autocomplete", "current-password");
        signIn.setId("login-submit");
        signIn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        signIn.addClickShortcut(Key.ENTER);
        signIn.addClickListener(click -> signIn());
        error.setId("login-error");
        error.addClassName("login-error");
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);

        VerticalLayout card = new VerticalLayout(new H1("Dynamic Endpoints"), username, password, error, signIn);
        card.addClassName("login-card");
        card.setWidth("22rem");
        card.setPadding(true);
        username.setWidthFull();
        password.setWidthFull();
        signIn.setWidthFull();
        add(card);
    }

    void signIn() {
        SignIn outcome = authenticateUser.authenticate(username.getValue().trim(), password.getValue(), clientAddress());
        password.clear();
        if (!(outcome instanceof SignIn.SignedIn(User user))) {
            error.setText(outcome instanceof SignIn.Throttled throttled
                    ? "Too many failed attempts from here: try again in "
                            + Math.max(1, (throttled.retryAfter().toMillis() + 999) / 1000) + " s."
                    : "Wrong user name or password.");
            error.setVisible(true);
            password.focus();
            return;
        }
        ConsoleUser signedIn = new ConsoleUser(user.username(), user.roles());
        ConsoleSession.signIn(signedIn);
        UI.getCurrent().navigate(ConsoleAccessControl.startPage(signedIn));
    }

    private static ClientAddress clientAddress() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return request == null ? ClientAddress.UNKNOWN : ClientAddress.of(request.getRemoteAddr());
    }
}
