package cn.hazardledger.notifyservice.webhook;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent. A subscription names a URL that notify-service then calls from inside its network, so
 * a careless or hostile one could make it call itself, the host's metadata service (169.254.169.254) or anything
 * else only it can reach. Every address the host resolves to must be acceptable, since the HTTP client may pick any.
 */
public final class TargetRules {

    /** Resolves a host name; the JDK's resolver in production, a table in tests. */
    @FunctionalInterface
    public interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    static final int MAX_LENGTH = 2000;

    private final WebhookConfig.Targets config;
    private final Resolver resolver;

    public TargetRules(WebhookConfig.Targets config, Resolver resolver) {
        this.config = config;
        this.resolver = resolver;
    }

    public static Resolver jdk() {
        return host -> Arrays.asList(InetAddress.getAllByName(host));
    }

    /** Why the URL may not be a webhook's target, in words its sender can act on; empty when it may. */
    public Optional<String> problemWith(String url) {
        if (url.length() > MAX_LENGTH) {
            return Optional.of("must be at most " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("is not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && config.allowHttp())) {
            return Optional.of(config.allowHttp() ? "must be an http or https URL" : "must be an https URL");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("must not carry a user name or password: the signature authenticates the sender");
        }
        if (uri.getRawFragment() != null) {
            return Optional.of("must not have a fragment (#...)");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("must name a host");
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("its host " + host + " does not resolve");
        }
        if (addresses.isEmpty()) {
            return Optional.of("its host " + host + " does not resolve");
        }
        for (InetAddress address : addresses) {
            Optional<String> refused = refused(address);
            if (refused.isPresent()) {
                return Optional.of("its host " + host + " resolves to " + address.getHostAddress() + ", " + refused.get());
            }
        }
        return Optional.empty();
    }

    Optional<String> refused(InetAddress address) {
        byte[] v4 = embeddedIpv4(address);
        if (v4 != null) {
            try {
                return refusedV4(v4, (Inet4Address) InetAddress.getByAddress(v4));
            } catch (UnknownHostException e) {
                throw new IllegalStateException("four bytes are always an IPv4 address", e);
            }
        }
        Inet6Address v6 = (Inet6Address) address;
        byte[] b = v6.getAddress();
        if (v6.isAnyLocalAddress()) {
            return Optional.of("the unspecified address");
        }
        if (v6.isLoopbackAddress()) {
            return config.allowLoopback() ? Optional.empty() : Optional.of("a loopback address");
        }
        if (v6.isLinkLocalAddress() || v6.isSiteLocalAddress()) {
            return Optional.of("a link-local or site-local address");
        }
        if (v6.isMulticastAddress()) {
            return Optional.of("a multicast address");
        }
        if ((b[0] & 0xfe) == 0xfc && !config.allowPrivate()) {
            return Optional.of("a private (unique local) address");
        }
        return Optional.empty();
    }

    private Optional<String> refusedV4(byte[] b, Inet4Address v4) {
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if (first == 0) {
            return Optional.of("the unspecified address or \"this network\" (0.0.0.0/8)");
        }
        if (v4.isLoopbackAddress()) {
            return config.allowLoopback() ? Optional.empty() : Optional.of("a loopback address");
        }
        if (v4.isLinkLocalAddress()) {
            return Optional.of("a link-local address (169.254.0.0/16, where cloud metadata services answer)");
        }
        if (v4.isMulticastAddress() || first >= 240) {
            return Optional.of("a multicast, reserved or broadcast address");
        }
        boolean privateRange = first == 10 || first == 172 && second >= 16 && second <= 31
                || first == 192 && second == 168 || first == 100 && second >= 64 && second <= 127;
        if (privateRange && !config.allowPrivate()) {
            return Optional.of("a private address");
        }
        return Optional.empty();
    }

    /**
     * The IPv4 address inside an IPv6 one that reaches it: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d)
     * and NAT64 (64:ff9b::a.b.c.d), so that ::ffff:127.0.0.1 is judged as 127.0.0.1; an IPv4 address itself.
     */
    static byte[] embeddedIpv4(InetAddress address) {
        byte[] b = address.getAddress();
        if (b.length == 4) {
            return b;
        }
        boolean zeros = true;
        for (int i = 0; i < 10; i++) {
            zeros &= b[i] == 0;
        }
        boolean mapped = zeros && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff;
        boolean compatible = zeros && b[10] == 0 && b[11] == 0 && !isSmall(b);
        boolean nat64 = (b[0] & 0xff) == 0x00 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12);
        return mapped || compatible || nat64 ? Arrays.copyOfRange(b, 12, 16) : null;
    }

    /** :: and ::1 are IPv6's own unspecified and loopback addresses, not IPv4-compatible ones. */
    private static boolean isSmall(byte[] b) {
        return allZero(b, 0, 15) && (b[15] == 0 || b[15] == 1);
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }
}
