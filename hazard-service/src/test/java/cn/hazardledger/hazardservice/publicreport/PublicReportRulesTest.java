package cn.hazardledger.hazardservice.publicreport;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicReportRulesTest {

    @Test
    void trackingCodesAreShortUnambiguousAndVaried() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = TrackingCode.next();
            assertThat(code).matches("JB-[2-9A-HJ-NP-Z]{10}").doesNotContain("0", "O", "1", "I");
            assertThat(TrackingCode.isWellFormed(code)).isTrue();
            assertThat(code).as("the API document's pattern").matches(PublicIntakeResource.TRACKING_CODE_PATTERN);
            seen.add(code);
        }
        assertThat(seen).hasSize(1000);
        assertThat(TrackingCode.isWellFormed("JB-0000000000")).isFalse();
        assertThat(TrackingCode.isWellFormed("jb-2345678923")).isFalse();
        assertThat(TrackingCode.isWellFormed(null)).isFalse();
    }

    @Test
    void theSecretHasAtLeast128BitsAndOnlyItsHashMatches() {
        String secret = ReportSecret.next();
        assertThat(ReportSecret.BYTES * 8).isGreaterThanOrEqualTo(128);
        assertThat(secret).hasSize(27).isNotEqualTo(ReportSecret.next());
        String hash = ReportSecret.hash(secret);
        assertThat(hash).hasSize(64).doesNotContain(secret);
        assertThat(ReportSecret.matches(secret, hash)).isTrue();
        assertThat(ReportSecret.matches(secret + "x", hash)).isFalse();
        assertThat(ReportSecret.matches(null, hash)).isFalse();
    }

    @Test
    void onlyTheEarliestValidReportOfAHazardIsRewarded() {
        Instant t = Instant.parse("2026-11-20T02:00:00Z");
        var early = new RewardRule.Candidate(UUID.randomUUID(), "JB-AAAAAAAAAA", PublicReportStatus.DUPLICATE, t, false);
        var accepted = new RewardRule.Candidate(UUID.randomUUID(), "JB-BBBBBBBBBB", PublicReportStatus.ACCEPTED, t.plusSeconds(60), false);
        var notTrue = new RewardRule.Candidate(UUID.randomUUID(), "JB-CCCCCCCCCC", PublicReportStatus.NOT_TRUE, t.minusSeconds(60), false);
        List<RewardRule.Candidate> all = List.of(early, accepted);
        assertThat(RewardRule.refusal(early, all)).isEmpty();
        assertThat(RewardRule.refusal(accepted, all)).get().asString().contains("JB-AAAAAAAAAA");
        assertThat(RewardRule.refusal(notTrue, List.of(notTrue))).get().asString().contains("NOT_TRUE");
        // a reward already proposed for the later one keeps the earlier, triaged afterwards, from a second reward
        var proposed = new RewardRule.Candidate(accepted.id(), accepted.trackingCode(), accepted.status(), accepted.receivedAt(), true);
        assertThat(RewardRule.refusal(early, List.of(early, proposed))).get().asString().contains("already proposed");
        assertThat(RewardRule.refusal(accepted, List.of(accepted))).isEmpty();
    }

    @Test
    void windowsAreFixedAndRetryAfterCountsToTheirEnd() {
        RateWindow w = RateWindow.at(Instant.parse("2026-11-26T10:59:59.500Z"), Duration.ofHours(1));
        assertThat(w.start()).isEqualTo(Instant.parse("2026-11-26T10:00:00Z"));
        assertThat(w.end()).isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
        assertThat(w.secondsLeft(Instant.parse("2026-11-26T10:59:59.500Z"))).isEqualTo(1);
        assertThat(w.secondsLeft(Instant.parse("2026-11-26T10:00:00Z"))).isEqualTo(3600);
        assertThat(RateWindow.at(Instant.parse("2026-11-26T11:00:00Z"), Duration.ofHours(1)).start())
                .isEqualTo(Instant.parse("2026-11-26T11:00:00Z"));
    }

    @Test
    void theClientIsThePeerUnlessAProxyWeTrustForwardedIt() {
        TrustedProxies proxies = TrustedProxies.of(List.of("10.0.0.5", "10.0.0.6"));
        assertThat(ClientAddress.of("203.0.113.9", "1.2.3.4", proxies)).isEqualTo("203.0.113.9");
        assertThat(ClientAddress.of("10.0.0.5", "1.2.3.4, 198.51.100.7", proxies)).isEqualTo("198.51.100.7");
        // the left end is the client's own writing: behind two trusted proxies the hop before them is the client
        assertThat(ClientAddress.of("10.0.0.5", "6.6.6.6, 198.51.100.7, 10.0.0.6", proxies)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.0.0.5", null, proxies)).isEqualTo("10.0.0.5");
        assertThat(ClientAddress.of("2001:db8:1:2:aaaa::1", null, proxies))
                .isEqualTo(ClientAddress.of("2001:db8:1:2:bbbb::9", null, proxies)).endsWith("/64");
    }

    @Test
    void trustedProxiesAreAddressesOrNetworksAndNamesAreNeverLookedUp() {
        // behind an Ingress: the controller's pods come and go within the pod network
        TrustedProxies pods = TrustedProxies.of(List.of("10.244.0.0/16", " fd00::/8 ", "192.0.2.7"));
        assertThat(pods.contains("10.244.3.17")).isTrue();
        assertThat(pods.contains("10.245.0.1")).isFalse();
        assertThat(pods.contains("fd12:3456::1")).isTrue();
        assertThat(pods.contains("2001:db8::1")).isFalse();
        assertThat(pods.contains("192.0.2.7")).isTrue();
        assertThat(pods.contains("192.0.2.8")).isFalse();
        assertThat(pods.contains("localhost")).isFalse();
        assertThat(pods.contains("ingress.example")).isFalse();
        assertThat(TrustedProxies.of(List.of("10.0.0.0/12")).contains("10.15.255.255")).isTrue();
        assertThat(TrustedProxies.of(List.of("10.0.0.0/12")).contains("10.16.0.0")).isFalse();
        assertThat(ClientAddress.of("10.244.3.17", "198.51.100.7", pods)).isEqualTo("198.51.100.7");
        assertThat(ClientAddress.of("10.245.0.1", "198.51.100.7", pods)).isEqualTo("10.245.0.1");
        for (String bad : List.of("10.0.0.0/33", "10.0.0.0/x", "proxy.example", "10.0.0.0/8/8", "fd00::/129")) {
            assertThatThrownBy(() -> TrustedProxies.of(List.of(bad))).as(bad)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(bad);
        }
    }

    @Test
    void hintsShowTooLittleToReachTheReporter() {
        assertThat(ReporterSeal.maskPhone("13812340000")).isEqualTo("138****0000");
        assertThat(ReporterSeal.maskName("欧阳举报人")).isEqualTo("欧****");
        assertThat(ReporterSeal.maskPhone("123")).isEqualTo("***");
        assertThat(ReporterSeal.maskIdNumber("50024019800101123X")).isEqualTo("**************123X");
    }
}
