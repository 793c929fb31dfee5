package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;

/**
 * Page-wide settings of the console. (Its style sheet is attached by {@link MainLayout} and
 * {@link LoginView}: Vaadin 24 takes {@code @StyleSheet} from components, not from the app shell.)
 *
 * <p>Server push lets the request log show new requests as they are stored. Long polling rather than
 * WebSocket: WebSocket on the embedded Jetty needs its Jakarta WebSocket modules and their
 * configuration in the web app, for a console that pushes a few updates a second at most.
 */
@Meta(name = "referrer", content = "no-referrer")
@Push(transport = Transport.LONG_POLLING)
public final class ConsoleAppShell implements AppShellConfigurator {
}
