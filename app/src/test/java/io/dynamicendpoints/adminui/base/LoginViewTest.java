package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.adminui.endpoint.EndpointCatalogueView;
import io.dynamicendpoints.adminui.endpoint.EndpointListView;
import io.dynamicendpoints.adminui.user.UserListView;
import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.domain.user.Role;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NavigatorKt.expectView;
import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the role-based start pages, the access rules and sign-out. */
@MicronautTest(transactional = false)
class LoginViewTest {

    @Inject
    ApplicationContext context;
    @Inject
    CreateUser createUser;
    @Inject
    io.dynamicendpoints.application.user.DeleteUser deleteUser;

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void sendsAnAnonymousVisitorToTheSignInPage() {
        UI.getCurrent().navigate(EndpointListView.class);

        expectView(LoginView.class);
    }

    @Test
    void signsTheAdminInAndOpensTheEndpoints() {
        UI.getCurrent().navigate(LoginView.class);

        signIn("admin", "test-admin-password");

        expectView(EndpointListView.class);
        assertThat(ConsoleSession.user()).map(ConsoleUser::username).contains("admin");
        assertThat(_get(com.vaadin.flow.component.html.Span.class, spec -> spec.withId("current-user")).getText())
                .contains("admin");
    }

    @Test
    void refusesAWrongPasswordWithoutSayingWhichHalfWasWrong() {
        UI.getCurrent().navigate(LoginView.class);

        signIn("admin", "not-the-password");

        expectView(LoginView.class);
        Paragraph error = _get(Paragraph.class, spec -> spec.withId("login-error"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("Wrong user name or password");
        assertThat(_get(PasswordField.class, spec -> spec.withId("login-password")).getValue()).isEmpty();
        assertThat(ConsoleSession.user()).isEmpty();
    }

    @Test
    void tellsSomeoneWhoFailedTooOftenFromHereToWait() {
        createUser.create("guessed-in-console", "partner-password-1", List.of("INTEGRATOR"));
        UI.getCurrent().navigate(LoginView.class);

        for (int i = 0; i < 6; i++) {
            signIn("guessed-in-console", "wrong-" + i);
        }
        signIn("guessed-in-console", "partner-password-1");

        expectView(LoginView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withId("login-error")).getText())
                .contains("Too many failed attempts").doesNotContain("Wrong user name");
        assertThat(ConsoleSession.user()).isEmpty();
    }

    @Test
    void sendsAnIntegratorToTheCatalogueAndKeepsThemOutOfAdminViews() {
        createUser.create("partner-login", "partner-password-1", List.of("INTEGRATOR"));
        UI.getCurrent().navigate(LoginView.class);

        signIn("partner-login", "partner-password-1");
        expectView(EndpointCatalogueView.class);

        UI.getCurrent().navigate(UserListView.class);
        expectView(EndpointCatalogueView.class);
        UI.getCurrent().navigate(EndpointListView.class);
        expectView(EndpointCatalogueView.class);
    }

    @Test
    void aSignedInUserSkipsTheSignInPage() {
        KaribuConsole.signIn("admin", Role.ADMIN);

        UI.getCurrent().navigate(LoginView.class);

        expectView(EndpointListView.class);
    }

    @Test
    void signingOutForgetsTheUser() {
        KaribuConsole.signIn("admin", Role.ADMIN);
        UI.getCurrent().navigate(EndpointListView.class);

        _click(_get(Button.class, spec -> spec.withId("logout")));

        assertThat(ConsoleSession.user()).isEmpty();
    }

    @Test
    void signsOutADeletedAccountAndAppliesChangedRolesOnTheNextNavigation() {
        createUser.create("short-lived", "partner-password-1", List.of("INTEGRATOR"));
        KaribuConsole.signIn("short-lived", Role.ADMIN);

        UI.getCurrent().navigate(UserListView.class);
        expectView(EndpointCatalogueView.class);
        assertThat(ConsoleSession.user()).map(ConsoleUser::roles).contains(java.util.Set.of(Role.INTEGRATOR));

        deleteUser.delete("short-lived");
        UI.getCurrent().navigate(EndpointCatalogueView.class);

        expectView(LoginView.class);
        assertThat(ConsoleSession.user()).isEmpty();
    }

    private static void signIn(String username, String password) {
        _setValue(_get(TextField.class, spec -> spec.withId("login-username")), username);
        _setValue(_get(PasswordField.class, spec -> spec.withId("login-password")), password);
        _click(_get(Button.class, spec -> spec.withId("login-submit")));
    }
}
