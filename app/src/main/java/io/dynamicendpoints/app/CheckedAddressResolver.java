package io.dynamicendpoints.app;

import io.dynamicendpoints.application.port.OutboundHttp.CallFailure;
import io.dynamicendpoints.application.port.OutboundHttp.OutboundCallException;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.SocketAddressResolver;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the outbound client finds the address to connect to: it looks the host up once, refuses the call
 * if any address found is {@linkplain InternalAddresses internal} (unless the host or that address is
 * allowed), and hands the client exactly the addresses it checked. Checking and connecting on one lookup
 * is the point: a check that resolves the host on its own can be shown a public address while the
 * connection, resolving again, goes to 127.0.0.1 (DNS rebinding).
 */
final class CheckedAddressResolver implements SocketAddressResolver {

    /** The lookup of a host's addresses; a seam so that tests can play a DNS server that lies. */
    @FunctionalInterface
    interface HostLookup {

        HostLookup SYSTEM = InetAddress::getAllByName;

        InetAddress[] addressesOf(String host) throws UnknownHostException;
    }

    private final Set<String> allowedHosts;
    private final HostLookup lookup;

    /** @param allowedHosts host names and IP addresses that may be internal */
    CheckedAddressResolver(Collection<String> allowedHosts, HostLookup lookup) {
        this.allowedHosts = allowedHosts.stream().map(host -> canonical(unbracketed(host.strip())))
                .filter(host -> !host.isEmpty()).collect(Collectors.toUnmodifiableSet());
        this.lookup = lookup;
    }

    @Override
    public void resolve(String host, int port, Map<String, Object> context, Promise<List<InetSocketAddress>> promise) {
        List<InetSocketAddress> addresses;
        try {
            addresses = addressesOf(host, port);
        } catch (OutboundCallException e) {
            promise.failed(e);
            return;
        }
        promise.succeeded(addresses);
    }

    /** @throws OutboundCallException {@code REFUSED_ADDRESS} or, when nothing is found, {@code UNREACHABLE} */
    List<InetSocketAddress> addressesOf(String host, int port) {
        String name = unbracketed(host).toLowerCase(Locale.ROOT);
        InetAddress[] found;
        try {
            found = lookup.addressesOf(name);
        } catch (UnknownHostException e) {
            throw new OutboundCallException(CallFailure.UNREACHABLE, "Unknown host " + name, e);
        }
        boolean hostAllowed = allowedHosts.contains(name);
        List<InetSocketAddress> addresses = new ArrayList<>(found.length);
        for (InetAddress address : found) {
            Optional<InternalAddresses.Range> range = hostAllowed || allowedHosts.contains(address.getHostAddress())
                    ? Optional.empty() : InternalAddresses.rangeOf(address);
            if (range.isPresent()) {
                throw new OutboundCallException(CallFailure.REFUSED_ADDRESS, name + " resolves to "
                        + address.getHostAddress() + ", in " + range.get()
                        + "; calls there are refused unless dynamic-endpoints.outbound.allowed-hosts allows the host",
                        null);
            }
            addresses.add(new InetSocketAddress(named(name, address), port));
        }
        if (addresses.isEmpty()) {
            throw new OutboundCallException(CallFailure.UNREACHABLE, "No address for " + name, null);
        }
        return List.copyOf(addresses);
    }

    /**
     * The address with the host name attached: Jetty takes the TLS peer host (SNI and the name the
     * certificate must match) from the socket address it connects to, which must name the URL's host,
     * not the IP. An IP literal stays as it is.
     */
    private static InetAddress named(String name, InetAddress address) {
        if (name.contains(":") || name.chars().allMatch(c -> c == '.' || c >= '0' && c <= '9')) {
            return address;
        }
        try {
            return InetAddress.getByAddress(name, address.getAddress()); // attaches the name, looks nothing up
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * An IPv6 address as {@link InetAddress#getHostAddress()} writes it, so that {@code ::1} in the
     * configuration matches; anything else lower-cased. A name never contains a colon, so parsing one
     * that does asks no DNS server.
     */
    private static String canonical(String host) {
        if (host.contains(":")) {
            try {
                return InetAddress.getByName(host).getHostAddress();
            } catch (UnknownHostException notAnAddress) {
                return host.toLowerCase(Locale.ROOT);
            }
        }
        return host.toLowerCase(Locale.ROOT);
    }

    private static String unbracketed(String host) {
        return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    }
}
