package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.server.VaadinServlet;
import org.eclipse.jetty.ee10.webapp.MetaInfConfiguration;
import org.eclipse.jetty.ee10.webapp.WebAppContext;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Chooses the classpath entries Jetty reads for Vaadin's initializers and static files by what they
 * hold, not by what they are called: every jar or classes folder that holds a package
 * {@link ConsoleClassScan} parses or web resources ({@code META-INF/resources/}: Vaadin's client engine
 * and push script lie in jars without a single class), and always those holding the console's and
 * Vaadin's own classes.
 *
 * <p>Why: Jetty's way is a regular expression on the entries' file names. The platform ships as one
 * shaded jar that a user may rename or move ({@code app.jar}, {@code dynamic-endpoints-0.2.0.jar});
 * a name no longer matched meant an unscanned jar, initializers that found nothing, and a console
 * that answered every page with 500. Run from Maven's classpath (tests, the IDE), the same rule
 * finds the separate Vaadin jars and the console's classes folder.
 */
final class ConsoleJars extends MetaInfConfiguration {

    /** Where a jar keeps files a servlet container serves (Servlet 3.0). */
    static final String WEB_RESOURCES = "META-INF/resources/";

    @Override
    public void findAndFilterContainerPaths(WebAppContext context) {
        for (Path entry : holdingConsoleClasses(ConsoleJars.class.getClassLoader())) {
            context.getMetaData().addContainerResource(context.getResourceFactory().newResource(entry));
        }
    }

    /** The classpath entries, jars or classes folders, that hold the console's, Vaadin's and Atmosphere's classes. */
    static Set<Path> holdingConsoleClasses(ClassLoader loader) {
        Set<Path> entries = new LinkedHashSet<>();
        entries.add(entryOf(JettyConsoleServer.class));
        entries.add(entryOf(VaadinServlet.class));
        for (String folder : folders()) {
            try {
                for (URL url : Collections.list(loader.getResources(folder))) {
                    entries.add(entryHolding(url, folder));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not list the classpath entries holding " + folder, e);
            }
        }
        entries.remove(null); // what lies elsewhere than in a file (a module image, say) is nothing Jetty scans
        return entries;
    }

    /** What makes an entry worth reading: classes Vaadin's initializers look for, or files the console serves. */
    private static List<String> folders() {
        List<String> folders = new ArrayList<>(ConsoleClassScan.SCANNED_PACKAGES);
        folders.add(WEB_RESOURCES);
        return folders;
    }

    private static Path entryOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        return source == null ? null : toPath(source.getLocation());
    }

    /**
     * The jar or folder that {@code url}, a package folder found by the class loader, lies in:
     * {@code jar:file:/opt/app.jar!/com/vaadin/} is in {@code /opt/app.jar}, and
     * {@code file:/src/classes/com/vaadin/} in {@code /src/classes}.
     */
    private static Path entryHolding(URL url, String folder) throws IOException {
        return switch (url.getProtocol()) {
            case "jar" -> toPath(((JarURLConnection) url.openConnection()).getJarFileURL());
            case "file" -> {
                Path entry = toPath(url);
                for (int depth = folder.split("/").length; depth > 0 && entry != null; depth--) {
                    entry = entry.getParent();
                }
                yield entry;
            }
            default -> null;
        };
    }

    private static Path toPath(URL url) {
        if (!"file".equals(url.getProtocol())) {
            return null;
        }
        try {
            return Path.of(url.toURI()).toAbsolutePath().normalize();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
