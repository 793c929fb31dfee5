package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import io.dynamicendpoints.adminui.base.CopyButton;
import io.dynamicendpoints.application.workflow.WorkflowView;
import io.dynamicendpoints.domain.listener.JwtRequirement;

import java.util.function.Supplier;

/**
 * An endpoint's JWT issuer (key) and signing secret. Nothing secret reaches the browser until the admin
 * asks for it: the values are read only when "Reveal" is pressed, and only then can they be copied.
 */
final class CredentialsDialog extends Dialog {

    private static final String MASK = "••••••••••••••••";

    private final transient Supplier<WorkflowView> workflow;
    final TextField key = new TextField("Endpoint key (JWT issuer, iss)");
    final TextField secret = new TextField("Endpoint secret (HMAC signing key)");
    final CopyButton copyKey = new CopyButton("key", "");
    final CopyButton copySecret = new CopyButton("secret", "");
    final Button reveal = new Button("Reveal");

    CredentialsDialog(String name, Supplier<WorkflowView> workflow) {
        this.workflow = workflow;
        setId("credentials-dialog");
        setHeaderTitle("Key and secret of “" + name + "”");
        setWidth("36rem");
        key.setId("endpoint-key");
        secret.setId("endpoint-secret");
        for (TextField field : new TextField[]{key, secret}) {
            field.setReadOnly(true);
            field.setValue(MASK);
            field.setWidthFull();
        }
        copyKey.setId("copy-key");
        copySecret.setId("copy-secret");
        copyKey.setEnabled(false);
        copySecret.setEnabled(false);
        reveal.setId("reveal-credentials");
        reveal.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reveal.addClickListener(click -> reveal());
        Button close = new Button("Close", click -> close());
        close.setId("close-credentials");

        VerticalLayout content = new VerticalLayout(
                new Paragraph("Callers sign a JWT with this secret and put the key in its iss claim."),
                row(key, copyKey), row(secret, copySecret));
        content.setPadding(false);
        add(content);
        getFooter().add(close, reveal);
    }

    private static HorizontalLayout row(TextField field, CopyButton copy) {
        HorizontalLayout row = new HorizontalLayout(field, copy);
        row.setWidthFull();
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.expand(field);
        return row;
    }

    void reveal() {
        JwtRequirement jwt = workflow.get().workflow().listener().jwt();
        if (!jwt.enabled() && jwt.endpointKey().isBlank()) {
            key.setValue("");
            secret.setValue("");
            key.setHelperText("Authentication is off for this endpoint: callers need no token.");
        } else {
            key.setValue(jwt.endpointKey());
            secret.setValue(jwt.endpointSecret().template());
            copyKey.setText(jwt.endpointKey());
            copySecret.setText(jwt.endpointSecret().template());
            copyKey.setEnabled(true);
            copySecret.setEnabled(true);
        }
        reveal.setEnabled(false);
    }
}
