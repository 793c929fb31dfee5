package io.dynamicendpoints.adminui.user;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.shared.Registration;
import io.dynamicendpoints.domain.user.Role;

import java.util.Map;

/**
 * A new account: name, password and role (integrator unless chosen otherwise). The rules themselves
 * (password length, allowed names, a free name) are the application's; its answer is shown per field.
 */
final class UserForm extends Composite<FormLayout> {

    /** The data the form edits. */
    static final class Data {
        private String username = "";
        private String password = "";
        private Role role = Role.INTEGRATOR;

        String getUsername() { return username; }
        void setUsername(String username) { this.username = username; }
        String getPassword() { return password; }
        void setPassword(String password) { this.password = password; }
        Role getRole() { return role; }
        void setRole(Role role) { this.role = role; }
    }

    /** Fired when the admin asks to create the account and the fields are filled in. */
    static final class SaveEvent extends ComponentEvent<UserForm> {
        private final Data data;

        SaveEvent(UserForm source, Data data) {
            super(source, false);
            this.data = data;
        }

        Data data() {
            return data;
        }
    }

    final TextField username = new TextField("User name");
    final PasswordField password = new PasswordField("Password");
    final RadioButtonGroup<Role> role = new RadioButtonGroup<>("Role");
    final Button save = new Button("Create account");
    private final Binder<Data> binder = new Binder<>();

    UserForm() {
        username.setId("user-username");
        username.setHelperText("Letters, digits, '.', '_', '@' or '-'");
        username.getElement().setAttribute("autocomplete", "off");
        password.setId("user-password");
        password.setHelperText("At least 12 characters");
        password.getElement().setAttribute("autocomplete", "new-password");
        role.setId("user-role");
        role.setItems(Role.INTEGRATOR, Role.ADMIN);
        role.setItemLabelGenerator(r -> r == Role.ADMIN ? "Admin: manages everything" : "Integrator: sees the endpoint catalogue");
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            Data data = new Data();
            if (binder.writeBeanIfValid(data)) {
                fireEvent(new SaveEvent(this, data));
            }
        });
        binder.forField(username).asRequired("Required").bind(Data::getUsername, Data::setUsername);
        binder.forField(password).asRequired("Required").bind(Data::getPassword, Data::setPassword);
        binder.forField(role).asRequired("Choose a role").bind(Data::getRole, Data::setRole);
        binder.readBean(new Data());
        getContent().add(username, password, role);
        getContent().setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
    }

    Registration addSaveListener(com.vaadin.flow.component.ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    /** Marks the fields named in the application's answer ({@code username}, {@code password}, {@code roles}). */
    void showProblems(Map<String, String> details) {
        details.forEach((field, message) -> {
            HasValidation target = switch (field) {
                case "username" -> username;
                case "password" -> password;
                default -> role;
            };
            target.setErrorMessage(message);
            target.setInvalid(true);
        });
    }

    Component saveButton() {
        return save;
    }
}
