package io.dynamicendpoints.app;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The addresses an {@code http_request} step must not reach unless allowed: the IANA IPv4 and IPv6
 * Special-Purpose Address Registries (loopback, private, link-local, shared, documentation, benchmarking,
 * multicast, reserved…) plus every IPv6 form that carries an IPv4 address (mapped, compatible, NAT64,
 * 6to4, Teredo), because the network may deliver those to the IPv4 address inside. A table rather than
 * {@link InetAddress#isLoopbackAddress()} and friends: those miss {@code ::127.0.0.1}, 100.64/10, NAT64
 * and more, which is how the check was once passed from outside (issue 28).
 */
final class InternalAddresses {

    /** One range of the table; {@code network} is 4 or 16 bytes. */
    record Range(String cidr, String purpose, byte[] network, int prefixLength) {

        static Range of(String cidr, String purpose) {
            int slash = cidr.indexOf('/');
            byte[] network = literal(cidr.substring(0, slash));
            return new Range(cidr, purpose, network, Integer.parseInt(cidr.substring(slash + 1)));
        }

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefixLength / 8;
            if (!Arrays.equals(address, 0, whole, network, 0, whole)) {
                return false;
            }
            int rest = prefixLength % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }

        @Override
        public String toString() {
            return cidr + " (" + purpose + ")";
        }
    }

    private static final List<Range> RANGES = List.of(
            Range.of("0.0.0.0/8", "this network"),
            Range.of("10.0.0.0/8", "private"),
            Range.of("100.64.0.0/10", "shared address space, carrier-grade NAT"),
            Range.of("127.0.0.0/8", "loopback"),
            Range.of("169.254.0.0/16", "link-local, cloud metadata"),
            Range.of("172.16.0.0/12", "private"),
            Range.of("192.0.0.0/24", "IETF protocol assignments"),
            Range.of("192.0.2.0/24", "documentation"),
            Range.of("192.88.99.0/24", "6to4 relay anycast"),
            Range.of("192.168.0.0/16", "private"),
            Range.of("198.18.0.0/15", "benchmarking"),
            Range.of("198.51.100.0/24", "documentation"),
            Range.of("203.0.113.0/24", "documentation"),
            Range.of("224.0.0.0/4", "multicast"),
            Range.of("240.0.0.0/4", "reserved"),
            Range.of("255.255.255.255/32", "limited broadcast"),

            Range.of("::/128", "unspecified"),
            Range.of("::1/128", "loopback"),
            // ::a.b.c.d, deprecated by RFC 4291; some stacks still deliver it to the IPv4 address inside.
            Range.of("::/96", "IPv4-compatible"),
            Range.of("::ffff:0:0/96", "IPv4-mapped"),
            Range.of("64:ff9b::/96", "NAT64"),
            Range.of("64:ff9b:1::/48", "local-use NAT64"),
            Range.of("100::/64", "discard-only"),
            Range.of("2001::/23", "IETF protocol assignments"),
            // The client's IPv4 address is inside, obfuscated; all of Teredo is refused.
            Range.of("2001::/32", "Teredo"),
            Range.of("2001:db8::/32", "documentation"),
            Range.of("2002::/16", "6to4"),
            Range.of("3fff::/20", "documentation"),
            Range.of("fc00::/7", "unique local"),
            Range.of("fe80::/10", "link-local"),
            Range.of("fec0::/10", "site-local, deprecated"),
            Range.of("ff00::/8", "multicast"));

    private InternalAddresses() {
    }

    /** Every range of the table, for the documentation and its test. */
    static List<Range> ranges() {
        return RANGES;
    }

    /**
     * The most specific range the address falls in, or, for an ISATAP-style interface identifier
     * ({@code …:0:5efe:a.b.c.d} or {@code …:200:5efe:a.b.c.d}) under any prefix, the range of the IPv4
     * address it embeds.
     */
    static Optional<Range> rangeOf(InetAddress address) {
        byte[] bytes = address.getAddress();
        Optional<Range> range = RANGES.stream().filter(candidate -> candidate.contains(bytes))
                .max(Comparator.comparingInt(Range::prefixLength));
        if (range.isPresent() || bytes.length != 16 || !isIsatap(bytes)) {
            return range;
        }
        return rangeOf(embeddedIpv4(bytes));
    }

    static boolean isInternal(InetAddress address) {
        return rangeOf(address).isPresent();
    }

    private static boolean isIsatap(byte[] bytes) {
        return (bytes[8] & ~0x02) == 0 && bytes[9] == 0 && bytes[10] == 0x5e && bytes[11] == (byte) 0xfe;
    }

    private static InetAddress embeddedIpv4(byte[] bytes) {
        try {
            return Inet4Address.getByAddress(Arrays.copyOfRange(bytes, 12, 16));
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static byte[] literal(String address) {
        try {
            // An IP literal: getByName parses it and never asks DNS.
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length == 4 && address.contains(":")) { // an IPv4-mapped literal, given back as IPv4
                byte[] mapped = new byte[16];
                mapped[10] = (byte) 0xff;
                mapped[11] = (byte) 0xff;
                System.arraycopy(bytes, 0, mapped, 12, 4);
                return mapped;
            }
            return bytes;
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("Not an IP literal: " + address, e);
        }
    }
}
