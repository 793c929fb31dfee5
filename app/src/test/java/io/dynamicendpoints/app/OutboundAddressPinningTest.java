package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.OutboundHttp;
import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * The outbound client connects to exactly the addresses it checked. A lookup seam plays the DNS server:
 * {@code partner.test} exists in no real DNS (.test is reserved), so a call that reaches the partner can
 * only have connected to the address the check was given.
 */
class OutboundAddressPinningTest {

    private final PartnerServer partner = new PartnerServer();
    private final AtomicInteger lookups = new AtomicInteger();
    private JettyOutboundHttp http;

    @AfterEach
    void tearDown() throws Exception {
        partner.close();
        if (http != null) {
            http.close();
        }
    }

    @Test
    void refusesAHostNameThatResolvesToLoopback() {
        http = client(List.of(), "127.0.0.1");

        OutboundCallException refused = call("http://partner.test:" + partner.port() + "/echo");

        assertThat(refused.failure()).isEqualTo(CallFailure.REFUSED_ADDRESS);
        assertThat(refused.getMessage()).contains("partner.test", "127.0.0.1", "loopback");
        assertThat(partner.received).isEmpty();
    }

    @Test
    void refusesAHostWhenAnyOfItsAddressesIsInternal() {
        http = client(List.of(), "93.184.216.34", "127.0.0.1");

        assertThat(call("http://partner.test:" + partner.port() + "/echo").failure())
                .isEqualTo(CallFailure.REFUSED_ADDRESS);
        assertThat(partner.hosts).isEmpty();
    }

    @Test
    void refusesAnIpv4CompatibleLiteralWithoutAskingDns() {
        http = new JettyOutboundHttp(configuration(List.of()));

        assertThat(call("http://[::127.0.0.1]:" + partner.port() + "/echo").failure())
                .isEqualTo(CallFailure.REFUSED_ADDRESS);
    }

    @Test
    void connectsToTheCheckedAddressAndKeepsTheHostName() {
        http = client(List.of("127.0.0.1"), "127.0.0.1");

        OutboundHttp.Response response = http.send(post("http://partner.test:" + partner.port() + "/echo"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(partner.received).containsExactly("{\"n\": 1}");
        assertThat(partner.hosts).containsExactly("partner.test:" + partner.port());
        assertThat(lookups).hasValue(1);
    }

    @Test
    void anAllowedHostNameIsCalledWhateverItResolvesTo() {
        http = client(List.of("Partner.Test"), "127.0.0.1");

        assertThat(http.send(post("http://partner.test:" + partner.port() + "/echo")).status()).isEqualTo(200);
    }

    @Test
    void aRebindingAnswerCannotMoveTheConnection() {
        // The first answer is checked (and allowed); a second lookup would answer the partner's address.
        // Nothing listens on 127.0.0.2, so only a connection that used the checked answer fails.
        http = new JettyOutboundHttp(configuration(List.of("127.0.0.2")), host -> new InetAddress[]{
                address(lookups.getAndIncrement() == 0 ? "127.0.0.2" : "127.0.0.1")}, new SslContextFactory.Client());

        OutboundCallException failed = call("http://partner.test:" + partner.port() + "/echo");

        assertThat(failed.failure()).isIn(CallFailure.UNREACHABLE, CallFailure.TIMEOUT);
        assertThat(partner.hosts).isEmpty();
        assertThat(lookups).hasValue(1);
    }

    @Test
    void anAllowedIpv6AddressMatchesHoweverItIsWritten() {
        CheckedAddressResolver resolver = new CheckedAddressResolver(List.of(" [::1] "),
                host -> new InetAddress[]{address("0:0:0:0:0:0:0:1")});

        assertThat(resolver.addressesOf("partner.test", 8080)).singleElement()
                .satisfies(socket -> assertThat(socket.getAddress().isLoopbackAddress()).isTrue());
    }

    @Test
    void anUnknownHostIsUnreachable() {
        http = new JettyOutboundHttp(configuration(List.of()), host -> {
            throw new UnknownHostException(host);
        }, new SslContextFactory.Client());

        assertThat(call("http://partner.test/echo").failure()).isEqualTo(CallFailure.UNREACHABLE);
    }

    private JettyOutboundHttp client(List<String> allowedHosts, String... answer) {
        return new JettyOutboundHttp(configuration(allowedHosts), host -> {
            lookups.incrementAndGet();
            assertThat(host).isEqualTo("partner.test");
            InetAddress[] addresses = new InetAddress[answer.length];
            for (int i = 0; i < answer.length; i++) {
                addresses[i] = address(answer[i]);
            }
            return addresses;
        }, new SslContextFactory.Client());
    }

    private OutboundCallException call(String url) {
        Throwable failure = catchThrowable(() -> http.send(post(url)));
        assertThat(failure).as("the call to " + url + " fails").isInstanceOf(OutboundCallException.class);
        return (OutboundCallException) failure;
    }

    private static OutboundHttp.Request post(String url) {
        return new OutboundHttp.Request("POST", url, Map.of("Content-Type", "application/json"), "{\"n\": 1}",
                Duration.ofSeconds(3));
    }

    private static OutboundConfiguration configuration(List<String> allowedHosts) {
        return new OutboundConfiguration(allowedHosts, Duration.ofSeconds(1), 1 << 20);
    }

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }
}
