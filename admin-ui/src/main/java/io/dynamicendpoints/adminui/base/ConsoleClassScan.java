package io.dynamicendpoints.adminui.base;

import org.eclipse.jetty.annotations.AnnotationParser;
import org.eclipse.jetty.ee10.annotations.AnnotationConfiguration;
import org.eclipse.jetty.util.FileID;
import org.eclipse.jetty.util.resource.Resource;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Jetty's annotation scan for the console, reading only the classes that can be what Vaadin's
 * initializers look for ({@code @HandlesTypes}: routes, Vaadin's own service implementations, the
 * console's views and its instantiator): those of Vaadin, of its Atmosphere, and of the console.
 *
 * <p>Why: the platform ships as one shaded jar, and Jetty parses every class of a scanned jar. Of the
 * jar's 25,000 classes, these packages hold 2,700; the rest (Micronaut, Netty, H2, drivers) was parsed
 * on every start for nothing, seconds of CPU on the cores the listener starts on. Only the console
 * touches Vaadin's types, so nothing outside these packages can match. Run from Maven's classpath
 * (tests, the IDE), the scanned jars hold nothing else anyway.
 */
final class ConsoleClassScan extends AnnotationConfiguration {

    /** Folders, within a jar or classes folder, of the classes worth parsing. */
    static final List<String> SCANNED_PACKAGES = List.of("com/vaadin/", "org/atmosphere/", "io/dynamicendpoints/adminui/");

    @Override
    protected AnnotationParser createAnnotationParser(int javaPlatform) {
        return new AnnotationParser(javaPlatform) {
            /**
             * Walks only the scanned packages' folders. Listing every entry of the shaded jar cost more
             * than parsing the classes that matter.
             */
            @Override
            protected void parseDir(Set<? extends Handler> handlers, Resource root) throws Exception {
                for (String scanned : SCANNED_PACKAGES) {
                    Resource folder = root.resolve(scanned);
                    if (folder == null || !folder.isDirectory()) {
                        continue;
                    }
                    for (Resource candidate : folder.getAllResources()) {
                        if (isClass(root.getPathTo(candidate)) && !candidate.isDirectory()) {
                            parseClass(handlers, root, candidate);
                        }
                    }
                }
            }
        };
    }

    /** As Jetty selects class files in a folder: no hidden ones, no module descriptors, no other Java versions' copies. */
    private static boolean isClass(Path relative) {
        return relative != null && !FileID.isHidden(relative) && !FileID.isMetaInfVersions(relative)
                && !FileID.isModuleInfoClass(relative) && FileID.isClassFile(relative);
    }
}
