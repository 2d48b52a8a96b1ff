package cn.hazardledger.hazardservice.publicreport;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose X-Forwarded-For is believed: exact addresses (10.0.0.5) or networks (10.244.0.0/16,
 * fd00::/8). Networks, because an ingress controller's pods change their addresses with every restart; only what the
 * NetworkPolicy lets reach the service can claim to be one (deploy/README.md, "Ingress"). Only literal addresses are
 * compared: a name in a header is never looked up.
 */
final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9a-fA-F:.]*:[0-9a-fA-F:.]*]?");

    static final TrustedProxies NONE = new TrustedProxies(List.of());

    private record Network(byte[] address, int prefix) {

        boolean contains(byte[] other) {
            if (other.length != address.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (other[i] != address[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (other[full] & mask) == (address[full] & mask);
        }
    }

    private final List<Network> networks;

    private TrustedProxies(List<Network> networks) {
        this.networks = List.copyOf(networks);
    }

    /** Parses the configured entries; a malformed one stops the start-up rather than trust the wrong peers. */
    static TrustedProxies of(List<String> entries) {
        List<Network> networks = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("public-reports.rate-limit.trusted-proxies: " + entry
                        + " is neither an IP address nor a network such as 10.244.0.0/16");
            }
            int prefix = address.length * 8;
            if (slash >= 0) {
                try {
                    prefix = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    prefix = -1;
                }
                if (prefix < 0 || prefix > address.length * 8) {
                    throw new IllegalArgumentException("public-reports.rate-limit.trusted-proxies: " + entry
                            + " has no valid prefix length (0 to " + address.length * 8 + ")");
                }
            }
            networks.add(new Network(address, prefix));
        }
        return new TrustedProxies(networks);
    }

    boolean contains(String address) {
        if (networks.isEmpty() || address == null) {
            return false;
        }
        byte[] raw = literal(address.strip());
        return raw != null && networks.stream().anyMatch(n -> n.contains(raw));
    }

    /** The address's bytes if it is an IPv4 or IPv6 literal; null for anything else (names included). */
    static byte[] literal(String text) {
        if (!IPV4.matcher(text).matches() && !IPV6.matcher(text).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(text.replace("[", "").replace("]", "")).getAddress();
        } catch (UnknownHostException | SecurityException e) {
            return null;
        }
    }
}
