package io.dynamicendpoints.adminui.base;

import com.vaadin.flow.server.VaadinServlet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which classpath entries Jetty reads for Vaadin's initializers: chosen by the packages they hold, so
 * a renamed or moved jar is read all the same.
 */
class ConsoleJarsTest {

    @Test
    void readsAJarHoldingVaadinWhateverItIsCalledAndWhereverItLies(@TempDir Path somewhere) throws Exception {
        Path renamed = jar(somewhere.resolve("app.jar"), "com/vaadin/", "org/atmosphere/");
        Path other = jar(somewhere.resolve("dynamic-endpoints.jar"), "io/micronaut/");

        try (URLClassLoader classpath = classpath(renamed, other)) {
            assertThat(ConsoleJars.holdingConsoleClasses(classpath)).contains(renamed).doesNotContain(other);
        }
    }

    @Test
    void readsAJarOfWebResourcesWithoutClassesAsVaadinsClientEngineIs(@TempDir Path somewhere) throws Exception {
        Path client = jar(somewhere.resolve("flow-client-24.9.jar"), "META-INF/", "META-INF/resources/");

        try (URLClassLoader classpath = classpath(client)) {
            assertThat(ConsoleJars.holdingConsoleClasses(classpath)).contains(client);
        }
    }

    @Test
    void readsAClassesFolderHoldingTheConsole(@TempDir Path somewhere) throws Exception {
        Path classes = Files.createDirectories(somewhere.resolve("build/out"));
        Files.createDirectories(classes.resolve("io/dynamicendpoints/adminui"));

        try (URLClassLoader classpath = classpath(classes)) {
            assertThat(ConsoleJars.holdingConsoleClasses(classpath)).contains(classes);
        }
    }

    @Test
    void alwaysReadsWhereTheConsolesAndVaadinsOwnClassesAre() throws Exception {
        try (URLClassLoader nothing = classpath()) {
            assertThat(ConsoleJars.holdingConsoleClasses(nothing))
                    .contains(whereIs(JettyConsoleServer.class), whereIs(VaadinServlet.class));
        }
    }

    private static Path whereIs(Class<?> type) throws Exception {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toAbsolutePath().normalize();
    }

    private static Path jar(Path file, String... folders) throws IOException {
        try (OutputStream out = Files.newOutputStream(file); JarOutputStream jar = new JarOutputStream(out)) {
            for (String folder : folders) {
                jar.putNextEntry(new JarEntry(folder));
                jar.closeEntry();
            }
        }
        return file.toAbsolutePath().normalize();
    }

    private static URLClassLoader classpath(Path... entries) throws IOException {
        URL[] urls = new URL[entries.length];
        for (int i = 0; i < entries.length; i++) {
            urls[i] = entries[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }
}
