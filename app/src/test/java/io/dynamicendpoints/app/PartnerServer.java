package io.dynamicendpoints.app;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.List;
import java.util.concurrent.Executors;

/**
 * A partner system on loopback for {@code http_request} steps: {@code /echo} answers JSON naming what
 * it got, {@code /slow?ms=N} answers after N milliseconds (other parameters are ignored). It records
 * every request body it receives, the Host header of every request, and the idempotency keys of the
 * slow calls.
 */
final class PartnerServer implements AutoCloseable {

    private final HttpServer server;
    final List<String> received = new CopyOnWriteArrayList<>();
    /** The {@code Idempotency-Key} of every call to {@code /slow}, in arrival order. */
    final List<String> idempotencyKeys = new CopyOnWriteArrayList<>();
    final List<String> hosts = new CopyOnWriteArrayList<>();

    PartnerServer() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/echo", exchange -> {
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(body);
            respond(exchange, 200, "{\"method\":\"" + exchange.getRequestMethod() + "\",\"received\":"
                    + (body.isEmpty() ? "null" : body) + ",\"customer\":{\"name\":\"Ada\",\"tier\":\"gold\"}}");
        });
        server.createContext("/slow", exchange -> {
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            if (key != null) {
                idempotencyKeys.add(key);
            }
            String query = exchange.getRequestURI().getQuery();
            long millis = query == null ? 1000 : java.util.Arrays.stream(query.split("&"))
                    .filter(parameter -> parameter.startsWith("ms=")).mapToLong(parameter -> Long.parseLong(parameter.substring(3)))
                    .findFirst().orElse(1000);
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            respond(exchange, 200, "{\"slept\":" + millis + "}");
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static void respond(com.sun.net.httpserver.HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
