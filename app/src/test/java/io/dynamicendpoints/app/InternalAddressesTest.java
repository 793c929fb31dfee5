package io.dynamicendpoints.app;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SSRF address battery: every address an {@code http_request} must not reach on its own, in every
 * spelling that was used, or could be used, to slip past the check (issue 28), and public addresses that
 * must still be called. Each row is named for what it specifies.
 */
class InternalAddressesTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // IPv6 spellings of an internal IPv4 address
            "refusesIpv4CompatibleLoopback,            ::127.0.0.1",
            "refusesIpv4CompatibleMetadataAddress,     ::169.254.169.254",
            "refusesIpv4CompatibleInHex,               0:0:0:0:0:0:7f00:1",
            "refusesIpv4MappedLoopback,                ::ffff:127.0.0.1",
            "refusesIpv4MappedLoopbackInHex,           0:0:0:0:0:ffff:7f00:1",
            "refusesIpv4MappedPrivate,                 ::ffff:10.0.0.1",
            "refusesNat64Loopback,                     64:ff9b::127.0.0.1",
            "refusesNat64Metadata,                     64:ff9b::a9fe:a9fe",
            "refusesLocalUseNat64,                     64:ff9b:1::7f00:1",
            "refuses6to4Loopback,                      2002:7f00:1::1",
            "refuses6to4Private,                       2002:c0a8:101::1",
            "refusesTeredo,                            2001:0:4136:e378:8000:63bf:3fff:fdd2",
            "refusesIsatapEmbeddingLoopback,           2606:4700::5efe:127.0.0.1",
            "refusesIsatapUniversalEmbeddingPrivate,   2606:4700::200:5efe:10.1.2.3",
            // IPv4 special-purpose registry
            "refusesThisNetwork,                       0.0.0.0",
            "refusesThisNetworkHost,                   0.1.2.3",
            "refusesPrivateTen,                        10.255.255.255",
            "refusesSharedAddressSpace,                100.64.0.1",
            "refusesSharedAddressSpaceTop,             100.127.255.254",
            "refusesLoopback,                          127.0.0.1",
            "refusesOtherLoopback,                     127.1.2.3",
            "refusesCloudMetadata,                     169.254.169.254",
            "refusesPrivateOneSevenTwo,                172.16.0.1",
            "refusesPrivateOneSevenTwoTop,             172.31.255.255",
            "refusesIetfProtocolAssignments,           192.0.0.8",
            "refusesTestNet1,                          192.0.2.1",
            "refuses6to4RelayAnycast,                  192.88.99.1",
            "refusesPrivateOneNineTwo,                 192.168.1.1",
            "refusesBenchmarking,                      198.19.255.255",
            "refusesTestNet2,                          198.51.100.7",
            "refusesTestNet3,                          203.0.113.9",
            "refusesMulticast,                         224.0.0.1",
            "refusesMulticastTop,                      239.255.255.250",
            "refusesReserved,                          240.0.0.1",
            "refusesLimitedBroadcast,                  255.255.255.255",
            // IPv6 special-purpose registry
            "refusesUnspecified,                       ::",
            "refusesIpv6Loopback,                      ::1",
            "refusesDiscardOnly,                       100::1",
            "refusesIetfProtocolAssignmentsV6,         2001:1ff:ffff::1",
            "refusesIpv6Documentation,                 2001:db8::1",
            "refusesNewIpv6Documentation,              3fff:fff:ffff::1",
            "refusesUniqueLocal,                       fd00::1",
            "refusesUniqueLocalLowerHalf,              fc00::1",
            "refusesLinkLocal,                         fe80::1",
            "refusesLinkLocalTop,                      febf::1",
            "refusesSiteLocal,                         fec0::1",
            "refusesIpv6Multicast,                     ff02::1",
    })
    void refuses(String specification, String address) {
        assertThat(InternalAddresses.isInternal(literal(address))).as(specification).isTrue();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "allowsGooglePublicDns,                    8.8.8.8",
            "allowsCloudflareDns,                      1.1.1.1",
            "allowsCloudflareDnsOverIpv6,              2606:4700:4700::1111",
            "allowsExampleDotCom,                      93.184.216.34",
            "allowsGooglePublicDnsOverIpv6,            2001:4860:4860::8888",
            "allowsIpv4MappedPublic,                   ::ffff:8.8.8.8",
            "allowsIsatapEmbeddingPublic,              2606:4700::5efe:8.8.8.8",
            "allowsJustBelowSharedAddressSpace,        100.63.255.255",
            "allowsJustAboveSharedAddressSpace,        100.128.0.0",
            "allowsJustAbovePrivateOneSevenTwo,        172.32.0.0",
            "allowsJustAboveBenchmarking,              198.20.0.0",
            "allowsJustBelowMulticast,                 223.255.255.255",
            "allowsJustAboveIetfProtocolAssignmentsV6, 2001:200::1",
            "allowsJustAboveNewIpv6Documentation,      3fff:1000::1",
    })
    void allows(String specification, String address) {
        assertThat(InternalAddresses.isInternal(literal(address))).as(specification).isFalse();
    }

    @Test
    void refusesTheFirstAndLastAddressOfEveryRangeInTheTable() {
        assertThat(InternalAddresses.ranges()).isNotEmpty().allSatisfy(range -> {
            byte[] first = range.network().clone();
            byte[] last = range.network().clone();
            for (int bit = range.prefixLength(); bit < last.length * 8; bit++) {
                last[bit / 8] |= (byte) (0x80 >>> (bit % 8));
            }
            assertThat(range.contains(first)).as(range.toString()).isTrue();
            assertThat(range.contains(last)).as(range.toString()).isTrue();
        });
    }

    @Test
    void namesTheMostSpecificRange() {
        assertThat(InternalAddresses.rangeOf(literal("2001:0:4136:e378:8000:63bf:3fff:fdd2")))
                .hasValueSatisfying(range -> assertThat(range.purpose()).isEqualTo("Teredo"));
        assertThat(InternalAddresses.rangeOf(literal("::1")))
                .hasValueSatisfying(range -> assertThat(range.purpose()).isEqualTo("loopback"));
        assertThat(InternalAddresses.rangeOf(literal("::127.0.0.1")))
                .hasValueSatisfying(range -> assertThat(range.purpose()).isEqualTo("IPv4-compatible"));
    }

    @Test
    void theSecurityDocumentationListsEveryRange() throws IOException {
        String documentation = Files.readString(Path.of("..", "docs", "security.md"));

        assertThat(InternalAddresses.ranges())
                .allSatisfy(range -> assertThat(documentation).contains("| `" + range.cidr() + "` |"));
    }

    private static InetAddress literal(String address) {
        try {
            return InetAddress.getByName(address); // a literal: parsed, never looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
    }
}
