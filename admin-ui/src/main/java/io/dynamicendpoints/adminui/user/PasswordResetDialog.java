package io.dynamicendpoints.adminui.user;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;

import java.util.Map;
import java.util.function.Consumer;

/**
 * Asks for a new password for one account. The value stays masked unless the admin presses the
 * field's reveal button; the rules are the application's, and its answer is shown on the field.
 */
final class PasswordResetDialog extends Dialog {

    final PasswordField password = new PasswordField("New password");
    final Button save = new Button("Set password");
    final Button cancel = new Button("Cancel", click -> close());

    PasswordResetDialog(String username, Consumer<String> onSave) {
        setId("reset-password-dialog");
        setHeaderTitle("New password for “" + username + "”");
        password.setId("reset-password");
        password.setHelperText("At least 12 characters. Tell the user through a channel you trust.");
        password.getElement().setAttribute("autocomplete", "new-password");
        password.setWidthFull();
        save.setId("save-password");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            if (password.isEmpty()) {
                showProblems(Map.of("password", "Required"));
                return;
            }
            onSave.accept(password.getValue());
        });
        cancel.setId("cancel-password");
        add(new Paragraph("The old password stops working at once."), password);
        getFooter().add(cancel, save);
        addOpenedChangeListener(opened -> password.focus());
    }

    /** Shows the application's refusal on the field; the dialog stays open for another try. */
    void showProblems(Map<String, String> details) {
        password.setErrorMessage(details.getOrDefault("password", String.join("; ", details.values())));
        password.setInvalid(true);
    }
}
