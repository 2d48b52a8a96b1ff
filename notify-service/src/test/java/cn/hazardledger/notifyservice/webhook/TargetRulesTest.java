package cn.hazardledger.notifyservice.webhook;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The address rules under the production defaults: https only, no loopback, private addresses allowed. */
class TargetRulesTest {

    private final Map<String, List<String>> dns = new HashMap<>();
    private final TargetRules production = new TargetRules(targets(false, false, true), this::resolve);

    @Test
    void aPublicHttpsReceiverIsAccepted() {
        dns.put("yjj.cq.gov.cn", List.of("59.213.1.10", "2001:db8::10"));
        assertThat(production.problemWith("https://yjj.cq.gov.cn/hooks/hazard-ledger")).isEmpty();
        assertThat(production.problemWith("https://yjj.cq.gov.cn:8443/hooks?from=hazard-ledger")).isEmpty();
        dns.put("zwww.internal", List.of("10.20.30.40"));
        assertThat(production.problemWith("https://zwww.internal/hook")).as("the government extranet's private addresses")
                .isEmpty();
    }

    @Test
    void plainHttpCredentialsAndFragmentsAreRefused() {
        dns.put("yjj.cq.gov.cn", List.of("59.213.1.10"));
        assertThat(production.problemWith("http://yjj.cq.gov.cn/hook")).contains("must be an https URL");
        assertThat(production.problemWith("ftp://yjj.cq.gov.cn/hook")).contains("must be an https URL");
        assertThat(production.problemWith("https://admin:pw@yjj.cq.gov.cn/hook")).get().asString().contains("user name");
        assertThat(production.problemWith("https://yjj.cq.gov.cn/hook#x")).get().asString().contains("fragment");
        assertThat(production.problemWith("https:///hook")).get().asString().contains("must name a host");
        assertThat(production.problemWith("https://exa mple.cn/")).get().asString().startsWith("is not a URL");
        assertThat(production.problemWith("https://nowhere.invalid/hook")).get().asString().contains("does not resolve");
    }

    @Test
    void loopbackLinkLocalMulticastAndUnspecifiedAddressesAreRefusedInEveryForm() {
        for (String refused : List.of("127.0.0.1", "127.8.9.10", "169.254.169.254", "169.254.0.1", "0.0.0.0", "0.1.2.3",
                "224.0.0.1", "239.255.255.250", "255.255.255.255", "::1", "::", "fe80::1", "ff02::1", "fec0::1",
                "::ffff:127.0.0.1", "::ffff:169.254.169.254", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1")) {
            dns.put("target.example.cn", List.of(refused));
            assertThat(production.problemWith("https://target.example.cn/hook")).as(refused).isPresent();
        }
        dns.put("metadata.example.cn", List.of("169.254.169.254"));
        assertThat(production.problemWith("https://metadata.example.cn/latest/meta-data/")).get().asString()
                .contains("169.254.169.254").contains("link-local");
        assertThat(production.problemWith("https://127.0.0.1/hook")).get().asString().contains("loopback");
        assertThat(production.problemWith("https://[::1]/hook")).get().asString().contains("loopback");
        assertThat(production.problemWith("https://[::ffff:7f00:1]/hook")).get().asString().contains("loopback");
    }

    @Test
    void oneBadAddressAmongGoodOnesIsEnough() {
        // the HTTP client may connect to any address of the name
        dns.put("split.example.cn", List.of("59.213.1.10", "127.0.0.1"));
        assertThat(production.problemWith("https://split.example.cn/hook")).get().asString().contains("127.0.0.1");
    }

    @Test
    void aNameThatRebindsToLoopbackAfterTheCheckIsRefusedAtTheNextCheck() {
        dns.put("rebind.example.cn", List.of("59.213.1.10"));
        assertThat(production.problemWith("https://rebind.example.cn/hook")).isEmpty();
        dns.put("rebind.example.cn", List.of("127.0.0.1"));
        // what WebhookChannel asks before each send
        assertThat(production.problemWith("https://rebind.example.cn/hook")).get().asString().contains("loopback");
    }

    @Test
    void privateAddressesCanBeRefusedTooAndTheTestProfileAllowsLoopbackOverHttp() {
        TargetRules publicOnly = new TargetRules(targets(false, false, false), this::resolve);
        for (String refused : List.of("10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1", "100.64.0.1", "fd00::1")) {
            dns.put("private.example.cn", List.of(refused));
            assertThat(publicOnly.problemWith("https://private.example.cn/hook")).as(refused).isPresent();
        }
        dns.put("edge.example.cn", List.of("172.32.0.1"));
        assertThat(publicOnly.problemWith("https://edge.example.cn/hook")).isEmpty();

        TargetRules test = new TargetRules(targets(true, true, true), this::resolve);
        assertThat(test.problemWith("http://127.0.0.1:8080/hook")).isEmpty();
        // never the metadata service, whatever the profile
        assertThat(test.problemWith("http://169.254.169.254/latest/meta-data/")).isPresent();
    }

    private List<InetAddress> resolve(String host) throws UnknownHostException {
        if (host.startsWith("[") || Character.isDigit(host.charAt(0))) {
            return List.of(InetAddress.getByName(host));
        }
        List<String> addresses = dns.get(host);
        if (addresses == null) {
            throw new UnknownHostException(host);
        }
        List<InetAddress> resolved = new java.util.ArrayList<>();
        for (String a : addresses) {
            resolved.add(InetAddress.getByName(a));
        }
        return resolved;
    }

    static WebhookConfig.Targets targets(boolean http, boolean loopback, boolean privateAddresses) {
        return new WebhookConfig.Targets() {
            @Override
            public boolean allowHttp() {
                return http;
            }

            @Override
            public boolean allowLoopback() {
                return loopback;
            }

            @Override
            public boolean allowPrivate() {
                return privateAddresses;
            }
        };
    }
}
