package io.dynamicendpoints.application.user;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;

import static org.assertj.core.api.Assertions.assertThat;

class ClientAddressTest {

    @Test
    void keepsAnIpv4AddressWhole() throws Exception {
        assertThat(ClientAddress.of(InetAddress.getByName("192.0.2.10"))).isEqualTo(new ClientAddress("192.0.2.10"));
        assertThat(ClientAddress.of("192.0.2.10")).isEqualTo(new ClientAddress("192.0.2.10"));
    }

    @Test
    void countsAnIpv6AddressByItsSlash64() throws Exception {
        ClientAddress one = ClientAddress.of(InetAddress.getByName("2001:db8:1:2::1"));
        ClientAddress sameNetwork = ClientAddress.of("2001:db8:1:2:ffff:eeee:dddd:cccc");
        ClientAddress otherNetwork = ClientAddress.of("2001:db8:1:3::1");

        assertThat(one).isEqualTo(sameNetwork).isNotEqualTo(otherNetwork);
        assertThat(one.value()).isEqualTo("2001:db8:1:2::/64");
    }

    @Test
    void treatsAnIpv4MappedIpv6AddressAsIpv4() {
        assertThat(ClientAddress.of("::ffff:192.0.2.10")).isEqualTo(new ClientAddress("192.0.2.10"));
    }

    @Test
    void fallsBackToUnknownWithoutAnAddress() {
        assertThat(ClientAddress.of((String) null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of((InetAddress) null)).isEqualTo(ClientAddress.UNKNOWN);
        assertThat(ClientAddress.of("")).isEqualTo(ClientAddress.UNKNOWN);
    }
}
