package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/** A yes/no question before an action that cannot be undone. */
public final class Confirmation {

    private Confirmation() {
    }

    /**
     * Opens the dialog; {@code action} runs only on confirm. Tests find the dialog by {@code id} and its
     * buttons by {@code id + "-confirm"} and {@code id + "-cancel"}.
     */
    public static ConfirmDialog ask(String id, String header, String text, String confirmLabel, Runnable action) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId(id);
        dialog.setHeader(header);
        dialog.setText(text);
        Button confirm = new Button(confirmLabel, click -> {
            dialog.close();
            action.run();
        });
        confirm.setId(id + "-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        Button cancel = new Button("Cancel", click -> dialog.close());
        cancel.setId(id + "-cancel");
        dialog.setConfirmButton(confirm);
        dialog.setCancelable(true);
        dialog.setCancelButton(cancel);
        dialog.open();
        return dialog;
    }
}
