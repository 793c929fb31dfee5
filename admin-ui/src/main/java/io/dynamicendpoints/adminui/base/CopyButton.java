package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;

/**
 * Copies a text to the clipboard in the browser, inside the click itself (browsers allow clipboard
 * writes only during a user gesture, which a server round trip would outlast), then confirms it.
 */
public final class CopyButton extends Button {

    public CopyButton(String what, String text) {
        super(VaadinIcon.COPY_O.create());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        setAriaLabel("Copy " + what);
        setTooltipText("Copy " + what);
        setText(text);
        addClickListener(click -> Notification.show("Copied " + what, 2000, Notification.Position.BOTTOM_START));
    }

    /** The text the button copies. */
    public void setText(String text) {
        getElement().setProperty("dataCopy", text == null ? "" : text);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        getElement().executeJs("""
                if (!this.__copyListener) {
                  this.__copyListener = () => navigator.clipboard && navigator.clipboard.writeText(this.dataCopy || '');
                  this.addEventListener('click', this.__copyListener);
                }""");
    }
}
