package io.dynamicendpoints.app;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The platform as a separate operating-system process, which a test can start, stop (SIGTERM), and kill without warning. */
public final class PlatformProcess implements AutoCloseable {

    private final Process process;
    private final int port;
    private final int consolePort;
    private final Path log;

    private PlatformProcess(Process process, int port, int consolePort, Path log) {
        this.process = process;
        this.port = port;
        this.consolePort = consolePort;
        this.log = log;
    }

    /** The platform from the test's classpath, its console on a port of its choosing. */
    static PlatformProcess start(Path workDir, Map<String, String> properties) {
        return launch(workDir, List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()),
                0, properties);
    }

    /** The packaged jar, as {@code java -jar} runs it, its console on a free port that {@link #consoleUrl()} tells. */
    public static PlatformProcess startJar(Path workDir, Path jar, Map<String, String> properties) {
        return launch(workDir, List.of("-jar", jar.toAbsolutePath().toString()), freePort(), properties);
    }

    /** What a platform that refused to start printed, and its exit code. */
    record Refusal(int exitCode, String log) {
    }

    /** Starts the platform from the test's classpath and waits for it to exit on its own, as a refused start does. */
    static Refusal startExpectingRefusal(Path workDir, Map<String, String> properties, Duration timeout)
            throws InterruptedException {
        List<String> command = command(freePort(), 0, properties);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()));
        Path log = workDir.resolve("refused-start.log");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The platform did not exit within " + timeout + ":\n" + Files.readString(log));
            }
            return new Refusal(process.exitValue(), Files.readString(log));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> command(int port, int consolePort, Map<String, String> properties) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.add("-Dmicronaut.server.port=" + port);
        // The console would take its fixed default port, which another process on the machine may hold.
        command.add("-Ddynamic-endpoints.admin-ui.port=" + consolePort);
        properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        return command;
    }

    private static PlatformProcess launch(Path workDir, List<String> launcher, int consolePort,
                                          Map<String, String> properties) {
        int port = freePort();
        List<String> command = command(port, consolePort, properties);
        command.addAll(launcher);
        Path log = workDir.resolve("platform-" + port + ".log");
        try {
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            PlatformProcess platform = new PlatformProcess(process, port, consolePort, log);
            platform.awaitHealthy(Duration.ofSeconds(60));
            return platform;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the process printed so far. */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String consoleUrl() {
        if (consolePort == 0) {
            throw new IllegalStateException("This platform's console took a port of its choosing");
        }
        return "http://127.0.0.1:" + consolePort;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** SIGKILL: no shutdown hook, no draining, exactly what a crash looks like. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as an orchestrator stops a container: the shutdown hooks run while the caller goes on. */
    void signalStop() {
        process.destroy();
    }

    /** Waits for the process to exit; true if it did within {@code timeout}. */
    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient client = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The platform process exited with " + process.exitValue());
            }
            try {
                HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("The platform did not become healthy within " + timeout);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String h2FileUrl(Path directory) {
        return "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath().toString().replace(File.separatorChar, '/')
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0";
    }
}
