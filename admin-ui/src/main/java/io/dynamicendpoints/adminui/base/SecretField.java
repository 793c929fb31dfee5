package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A text field for a secret that stays on the server until the user presses "Reveal": before that the
 * browser only gets a mask, so a shoulder, a screenshot or a browser extension cannot read it. An
 * empty value has nothing to hide and is editable at once.
 */
public final class SecretField extends CustomField<String> {

    private static final String MASK = "••••••••••••";

    private final TextField text = new TextField();
    private final Button reveal = new Button("Reveal");
    private String value = "";
    private boolean revealed;

    public SecretField(String label) {
        setLabel(label);
        text.setWidthFull();
        text.setAriaLabel(label);
        reveal.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        reveal.setAriaLabel("Reveal " + label);
        reveal.addClickListener(click -> reveal());
        HorizontalLayout layout = new HorizontalLayout(text, reveal);
        layout.setWidthFull();
        layout.setAlignItems(FlexComponent.Alignment.BASELINE);
        layout.expand(text);
        add(layout);
        show();
    }

    /** Ids for tests: the inner input gets {@code id + "-input"}, the button {@code id + "-reveal"}. */
    @Override
    public void setId(String id) {
        super.setId(id);
        text.setId(id + "-input");
        reveal.setId(id + "-reveal");
    }

    public void reveal() {
        revealed = true;
        show();
    }

    public boolean isRevealed() {
        return revealed || value.isEmpty();
    }

    @Override
    protected String generateModelValue() {
        return isRevealed() ? text.getValue() : value;
    }

    @Override
    protected void setPresentationValue(String newValue) {
        value = newValue == null ? "" : newValue;
        revealed = false;
        show();
    }

    private void show() {
        boolean open = isRevealed();
        text.setReadOnly(!open);
        text.setValue(open ? value : MASK);
        reveal.setVisible(!open);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        text.setReadOnly(readOnly || !isRevealed());
    }
}
