package io.dynamicendpoints.adminui.user;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.adminui.base.KaribuConsole;
import io.dynamicendpoints.application.user.AuthenticateUser;
import io.dynamicendpoints.application.user.ClientAddress;
import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static com.github.mvysny.kaributesting.v10.GridKt._findAll;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** Creating and deleting accounts; the application's rules shown on the fields. */
@MicronautTest(transactional = false)
class UserListViewTest {

    private static final ClientAddress FROM = new ClientAddress("192.0.2.1");

    @Inject
    ApplicationContext context;
    @Inject
    ListUsers listUsers;
    @Inject
    CreateUser createUser;
    @Inject
    AuthenticateUser authenticateUser;

    @BeforeEach
    void setUp() {
        KaribuConsole.setUp(context);
        KaribuConsole.signIn("admin", Role.ADMIN);
    }

    @AfterEach
    void tearDown() {
        KaribuConsole.tearDown();
    }

    @Test
    void createsAnIntegratorAccount() {
        UserListView view = open();
        String name = uniqueName();

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), name);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "a-long-enough-password");
        _click(_get(Button.class, spec -> spec.withId("save-user")));

        assertThat(find(name)).map(User::roles).contains(java.util.Set.of(Role.INTEGRATOR));
        assertThat(_findAll(view.grid)).extracting(User::username).contains(name);
        assertThat(view.dialog.isOpened()).isFalse();
    }

    @Test
    void showsThePasswordRuleOnThePasswordField() {
        UserListView view = open();
        String name = uniqueName();

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(view.form.username, name);
        _setValue(view.form.password, "short");
        _click(view.form.save);

        assertThat(view.form.password.isInvalid()).isTrue();
        assertThat(view.form.password.getErrorMessage()).contains("12 characters");
        assertThat(view.dialog.isOpened()).isTrue();
        assertThat(find(name)).isEmpty();
    }

    @Test
    void showsATakenNameOnTheNameField() {
        UserListView view = open();

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(view.form.username, "admin");
        _setValue(view.form.password, "a-long-enough-password");
        _click(view.form.save);

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).contains("taken");
    }

    @Test
    void deletesAnAccountAfterConfirmation() {
        String name = uniqueName();
        createUser.create(name, "a-long-enough-password", List.of("INTEGRATOR"));
        UserListView view = open();

        _click(deleteButton(view, name));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-user-confirm")));

        assertThat(find(name)).isEmpty();
        assertThat(_findAll(view.grid)).extracting(User::username).doesNotContain(name);
    }

    @Test
    void keepsTheLastAdmin() {
        UserListView view = open();

        _click(deleteButton(view, "admin"));
        _click(_get(Button.class, spec -> spec.withId("confirm-delete-user-confirm")));

        assertThat(find("admin")).isPresent();
        assertThat(KaribuConsole.lastNotification()).contains("last admin");
    }

    @Test
    void resetsAPasswordSoOnlyTheNewOneSignsIn() {
        String name = uniqueName();
        UserListView view = openPasswordResetOfNewAccount(name, "the-forgotten-password");
        _setValue(_get(PasswordField.class, spec -> spec.withId("reset-password")), "a-fresh-long-password");
        _click(_get(Button.class, spec -> spec.withId("save-password")));

        assertThat(authenticateUser.authenticate(name, "a-fresh-long-password", FROM).user()).isPresent();
        assertThat(authenticateUser.authenticate(name, "the-forgotten-password", FROM).user()).isEmpty();
        assertThat(view.resetDialog.isOpened()).isFalse();
        assertThat(KaribuConsole.lastNotification()).contains("New password set");
    }

    @Test
    void showsThePasswordRuleWhenTheNewPasswordIsTooShort() {
        String name = uniqueName();
        UserListView view = openPasswordResetOfNewAccount(name, "the-current-password");
        _setValue(view.resetDialog.password, "short");
        _click(view.resetDialog.save);

        assertThat(view.resetDialog.password.isInvalid()).isTrue();
        assertThat(view.resetDialog.password.getErrorMessage()).contains("12 characters");
        assertThat(view.resetDialog.isOpened()).isTrue();
        assertThat(authenticateUser.authenticate(name, "the-current-password", FROM).user()).isPresent();
    }

    @Test
    void cancellingAPasswordResetChangesNothing() {
        String name = uniqueName();
        UserListView view = openPasswordResetOfNewAccount(name, "the-current-password");
        _setValue(view.resetDialog.password, "a-fresh-long-password");
        _click(view.resetDialog.cancel);

        assertThat(view.resetDialog.isOpened()).isFalse();
        assertThat(authenticateUser.authenticate(name, "the-current-password", FROM).user()).isPresent();
    }

    @Test
    void requiresANewPassword() {
        String name = uniqueName();
        UserListView view = openPasswordResetOfNewAccount(name, "the-current-password");
        _click(view.resetDialog.save);

        assertThat(view.resetDialog.password.isInvalid()).isTrue();
        assertThat(view.resetDialog.password.getErrorMessage()).isEqualTo("Required");
    }

    /** Creates an integrator account, opens the view and the account's password reset dialog. */
    private UserListView openPasswordResetOfNewAccount(String name, String password) {
        createUser.create(name, password, List.of("INTEGRATOR"));
        UserListView view = open();
        _click(resetButton(view, name));
        return view;
    }

    private static UserListView open() {
        UI.getCurrent().navigate(UserListView.class);
        return _get(UserListView.class);
    }

    private static Button deleteButton(UserListView view, String username) {
        return actionButton(view, username, "delete-user-" + username);
    }

    private static Button resetButton(UserListView view, String username) {
        return actionButton(view, username, "reset-password-" + username);
    }

    private static Button actionButton(UserListView view, String username, String id) {
        List<User> rows = _findAll(view.grid);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).username().equals(username)) {
                return _getCellComponent(view.grid, i, "actions").getChildren()
                        .filter(button -> button.getId().filter(id::equals).isPresent())
                        .map(Button.class::cast).findFirst().orElseThrow();
            }
        }
        throw new AssertionError("No row for " + username);
    }

    private Optional<User> find(String username) {
        return listUsers.list().stream().filter(user -> user.username().equals(username)).findFirst();
    }

    private static String uniqueName() {
        return "partner-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
