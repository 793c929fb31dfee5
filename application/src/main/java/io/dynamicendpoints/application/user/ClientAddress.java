package io.dynamicendpoints.application.user;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * Where a sign-in attempt comes from, as the {@link LoginThrottle} counts it: an IPv4 address, or the
 * /64 network of an IPv6 one, since a single IPv6 host usually has a whole /64 to pick addresses from
 * and would otherwise get a fresh allowance of attempts with each.
 */
public record ClientAddress(String value) {

    /** For a caller whose address the server could not tell; all of them share one allowance. */
    public static final ClientAddress UNKNOWN = new ClientAddress("unknown");

    /** Dotted digits or anything with a colon: what {@link InetAddress#getByName} reads without DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("[0-9.]+|.*:.*");

    public ClientAddress {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A client address is not blank");
        }
    }

    public static ClientAddress of(InetAddress address) {
        if (address == null) {
            return UNKNOWN;
        }
        if (address instanceof Inet6Address) {
            byte[] bytes = address.getAddress();
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(Integer.toHexString(((bytes[i] & 0xff) << 8) | (bytes[i + 1] & 0xff))).append(':');
            }
            return new ClientAddress(network.append(":/64").toString());
        }
        return new ClientAddress(address.getHostAddress());
    }

    /** From the text a servlet container gives ({@code getRemoteAddr}); never looks a name up in DNS. */
    public static ClientAddress of(String address) {
        if (address == null || address.isBlank()) {
            return UNKNOWN;
        }
        if (!IP_LITERAL.matcher(address).matches()) {
            return new ClientAddress(address);
        }
        try {
            return of(InetAddress.getByName(address)); // a literal, so nothing is looked up
        } catch (UnknownHostException | IllegalArgumentException e) {
            return new ClientAddress(address);
        }
    }
}
