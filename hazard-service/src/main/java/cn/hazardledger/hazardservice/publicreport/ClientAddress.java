package cn.hazardledger.hazardservice.publicreport;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Who a public request comes from, for rate limiting: the TCP peer, unless the peer is a trusted proxy, in which case
 * X-Forwarded-For is read from its right end (what the nearest trusted proxy saw) leftwards past other trusted
 * proxies; the left end is written by the client and never believed. An IPv6 client is counted by its /64, which is
 * what one subscriber is given and can change at will within.
 */
final class ClientAddress {

    private ClientAddress() {
    }

    static String of(String peer, String forwardedFor, TrustedProxies trustedProxies) {
        String client = peer == null ? "unknown" : peer;
        if (forwardedFor != null && trustedProxies.contains(client)) {
            String[] hops = forwardedFor.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (hop.isEmpty()) {
                    break;
                }
                client = hop;
                if (!trustedProxies.contains(hop)) {
                    break;
                }
            }
        }
        return prefix(client);
    }

    private static String prefix(String address) {
        if (!address.contains(":")) {
            return address;
        }
        try {
            byte[] raw = InetAddress.getByName(address.replace("[", "").replace("]", "")).getAddress();
            if (raw.length != 16) {
                return address;
            }
            StringBuilder net = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                net.append(String.format("%02x%02x:", raw[i], raw[i + 1]));
            }
            return net.append(":/64").toString();
        } catch (UnknownHostException | SecurityException e) {
            return address;
        }
    }
}
