package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;

/**
 * Page-wide settings of the console. (Its style sheet is attached by {@link MainLayout} and
 * {@link LoginView}: Vaadin 24 takes {@code @StyleSheet} from components, not from the app shell.)
 */
@Meta(name = "referrer", content = "no-referrer")
public final class ConsoleAppShell implements AppShellConfigurator {
}
