package io.dynamicendpoints.app;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsExchange;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.ExtendedSSLSession;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Pinning keeps https intact: the call to {@code https://partner.test} connects to the checked
 * 127.0.0.1, yet sends {@code partner.test} as SNI and verifies the certificate against that name.
 * The partner's certificate is made for this test with keytool and trusted only by this test's client.
 */
class OutboundTlsPinningTest {

    private static final char[] PASSWORD = "changeit".toCharArray();

    @TempDir
    static Path directory;

    private static HttpsServer partner;
    private static KeyStore keys;
    private static final List<String> serverNames = new CopyOnWriteArrayList<>();
    private static final List<String> hosts = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void startPartner() throws Exception {
        Path store = directory.resolve("partner.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "partner", "-keyalg", "EC", "-groupname", "secp256r1",
                "-dname", "CN=partner.test", "-ext", "san=dns:partner.test", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "changeit")
                .redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(keytool.waitFor()).as(output).isZero();
        keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, PASSWORD);
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keys, PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keyManagers.getKeyManagers(), null, null);

        partner = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        partner.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters parameters) {
                parameters.setSSLParameters(context.getDefaultSSLParameters());
            }
        });
        partner.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        partner.createContext("/echo", exchange -> {
            ((ExtendedSSLSession) ((HttpsExchange) exchange).getSSLSession()).getRequestedServerNames()
                    .forEach(name -> serverNames.add(((SNIHostName) name).getAsciiName()));
            hosts.add(exchange.getRequestHeaders().getFirst("Host"));
            byte[] body = "{\"ok\": true}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        partner.start();
    }

    @AfterAll
    static void stopPartner() {
        partner.stop(0);
    }

    @Test
    void anHttpsCallConnectsToTheCheckedAddressButSpeaksTlsToTheHostName() throws Exception {
        try (Client client = new Client()) {
            OutboundHttp.Response response = client.http.send(get("https://partner.test:" + port() + "/echo"));

            assertThat(response.status()).isEqualTo(200);
            assertThat(response.body()).isEqualTo("{\"ok\": true}");
            assertThat(serverNames).contains("partner.test");
            assertThat(hosts).contains("partner.test:" + port());
        }
    }

    @Test
    void theCertificateIsVerifiedAgainstTheHostNameNotTheAddress() throws Exception {
        try (Client client = new Client()) {
            Throwable failure = catchThrowable(() -> client.http.send(get("https://127.0.0.1:" + port() + "/echo")));

            assertThat(failure).isInstanceOfSatisfying(OutboundCallException.class,
                    refused -> assertThat(refused.failure()).isEqualTo(CallFailure.UNREACHABLE));
            assertThat(Stream.iterate(failure, Objects::nonNull, Throwable::getCause))
                    .anyMatch(cause -> cause instanceof SSLHandshakeException);
            assertThat(hosts).doesNotContain("127.0.0.1:" + port());
        }
    }

    /** Trusts the partner's certificate only; partner.test is 127.0.0.1, which may be called. */
    private static final class Client implements AutoCloseable {

        final JettyOutboundHttp http;

        Client() {
            SslContextFactory.Client tls = new SslContextFactory.Client();
            tls.setTrustStore(keys);
            http = new JettyOutboundHttp(new OutboundConfiguration(List.of("127.0.0.1"), Duration.ofSeconds(2), 1 << 20),
                    host -> host.equals("partner.test") ? new InetAddress[]{InetAddress.getByName("127.0.0.1")}
                            : InetAddress.getAllByName(host), tls);
        }

        @Override
        public void close() throws Exception {
            http.close();
        }
    }

    private static int port() {
        return partner.getAddress().getPort();
    }

    private static OutboundHttp.Request get(String url) {
        return new OutboundHttp.Request("GET", url, Map.of(), "", Duration.ofSeconds(5));
    }
}
