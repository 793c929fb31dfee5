package io.dynamicendpoints.adminui.endpoint;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;

/** The two access icons of an endpoint (token required, cross-origin allowed), each with a spoken label. */
final class EndpointIcons {

    private EndpointIcons() {
    }

    static Component of(boolean authentication, boolean cors) {
        HorizontalLayout icons = new HorizontalLayout(
                icon(authentication ? VaadinIcon.LOCK : VaadinIcon.UNLOCK,
                        authentication ? "Signed token (JWT) required" : "No token required",
                        authentication ? "icon-on" : "icon-off"),
                icon(VaadinIcon.GLOBE, cors ? "Cross-origin calls (CORS) allowed" : "Cross-origin calls (CORS) off",
                        cors ? "icon-on" : "icon-off"));
        icons.setSpacing(false);
        icons.addClassName("endpoint-icons");
        return icons;
    }

    private static Icon icon(VaadinIcon kind, String label, String className) {
        Icon icon = kind.create();
        icon.addClassName(className);
        icon.setTooltipText(label);
        icon.getElement().setAttribute("role", "img");
        icon.getElement().setAttribute("aria-label", label);
        return icon;
    }
}
