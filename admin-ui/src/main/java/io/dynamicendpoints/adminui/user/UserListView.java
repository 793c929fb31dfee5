package io.dynamicendpoints.adminui.user;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import io.dynamicendpoints.adminui.base.Confirmation;
import io.dynamicendpoints.adminui.base.ConsoleRoutes;
import io.dynamicendpoints.adminui.base.ConsoleSession;
import io.dynamicendpoints.adminui.base.ConsoleUser;
import io.dynamicendpoints.adminui.base.MainLayout;
import io.dynamicendpoints.application.user.CreateUser;
import io.dynamicendpoints.application.user.DeleteUser;
import io.dynamicendpoints.application.user.InvalidUserException;
import io.dynamicendpoints.application.user.ListUsers;
import io.dynamicendpoints.application.user.ResetPassword;
import io.dynamicendpoints.application.user.UserNotFoundException;
import io.dynamicendpoints.domain.user.Role;
import io.dynamicendpoints.domain.user.User;
import io.micronaut.context.annotation.Prototype;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The accounts (admins only): create integrator (or admin) accounts, reset their passwords, delete
 * them; the last admin stays.
 */
@Route(value = ConsoleRoutes.USERS, layout = MainLayout.class)
@PageTitle("Users · Dynamic Endpoints")
@Prototype
public final class UserListView extends VerticalLayout {

    final Grid<User> grid = new Grid<>(User.class, false);
    UserForm form;
    Dialog dialog;
    PasswordResetDialog resetDialog;

    private final transient ListUsers listUsers;
    private final transient CreateUser createUser;
    private final transient DeleteUser deleteUser;
    private final transient ResetPassword resetPassword;

    public UserListView(ListUsers listUsers, CreateUser createUser, DeleteUser deleteUser, ResetPassword resetPassword) {
        this.listUsers = listUsers;
        this.createUser = createUser;
        this.deleteUser = deleteUser;
        this.resetPassword = resetPassword;
        setId("user-list-view");
        setSizeFull();
        add(createToolbar());
        configureGrid();
        add(grid);
        refresh();
    }

    private Component createToolbar() {
        H2 title = new H2("Users");
        Button create = new Button("New account", VaadinIcon.PLUS.create(), click -> openNewUser());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout toolbar = new HorizontalLayout(title, create);
        toolbar.setWidthFull();
        toolbar.setAlignItems(Alignment.BASELINE);
        toolbar.expand(title);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("user-grid");
        grid.setAriaLabel("Accounts");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(User::username).setHeader("User name").setFlexGrow(1);
        grid.addColumn(user -> user.roles().stream().sorted().map(Role::name).collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addComponentColumn(user -> {
            Button reset = new Button("Reset password", click -> openPasswordReset(user));
            reset.setId("reset-password-" + user.username());
            reset.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            reset.setAriaLabel("Reset the password of " + user.username());
            Button delete = new Button("Delete", click -> confirmDelete(user));
            delete.setId("delete-user-" + user.username());
            delete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            delete.setAriaLabel("Delete " + user.username());
            return new HorizontalLayout(reset, delete);
        }).setKey("actions").setHeader("Actions").setAutoWidth(true).setFlexGrow(0);
    }

    void openNewUser() {
        form = new UserForm();
        dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle("New account");
        dialog.add(form);
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.setId("cancel-user");
        dialog.getFooter().add(cancel, form.saveButton());
        form.addSaveListener(save -> create(save.data()));
        dialog.open();
    }

    private void create(UserForm.Data data) {
        try {
            createUser.create(data.getUsername().trim(), data.getPassword(), List.of(data.getRole().name()));
            dialog.close();
            Notification.show("Created “" + data.getUsername().trim() + "”", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (InvalidUserException e) {
            form.showProblems(e.details());
        }
    }

    void openPasswordReset(User user) {
        resetDialog = new PasswordResetDialog(user.username(), password -> reset(user, password));
        resetDialog.open();
    }

    private void reset(User user, String password) {
        try {
            resetPassword.reset(user.username(), password);
            resetDialog.close();
            Notification.show("New password set for “" + user.username() + "”", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (InvalidUserException e) {
            resetDialog.showProblems(e.details());
        } catch (UserNotFoundException e) {
            resetDialog.close();
            Notification.show("This account no longer exists", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    void confirmDelete(User user) {
        Confirmation.ask("confirm-delete-user", "Delete “" + user.username() + "”?",
                "The account can no longer sign in to the console or the API.", "Delete", () -> delete(user));
    }

    private void delete(User user) {
        try {
            deleteUser.delete(user.username());
            Notification.show("Deleted “" + user.username() + "”", 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (ConsoleSession.user().map(ConsoleUser::username).filter(user.username()::equals).isPresent()) {
                ConsoleSession.signOut();
                return;
            }
        } catch (InvalidUserException e) {
            Notification.show(String.join("; ", e.details().values()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (UserNotFoundException e) {
            Notification.show("This account no longer exists", 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    void refresh() {
        grid.setItems(listUsers.list());
    }
}
