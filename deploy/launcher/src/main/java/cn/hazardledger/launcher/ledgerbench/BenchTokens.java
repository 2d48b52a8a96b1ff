package cn.hazardledger.launcher.ledgerbench;

import cn.hazardledger.launcher.Identity;
import cn.hazardledger.launcher.Tokens;

import java.security.PrivateKey;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bench's callers, signed with the local run's key: a county's regulator (REGULATOR is the role of a county's
 * safety office: the services know no COUNTY role), a township's office, inspectors who report. Each token is
 * minted once (an RSA signature costs about a millisecond, which would otherwise land in the measurements).
 */
final class BenchTokens {

    private final PrivateKey key;
    private final Map<String, String> minted = new ConcurrentHashMap<>();

    BenchTokens(PrivateKey key) {
        this.key = key;
    }

    /** A REGULATOR of the county (6 digits or its 12-digit code). */
    String county(String code) {
        return token("REGULATOR", pad(code.substring(0, 6)), "ledger-bench-regulator", null);
    }

    /** A REGULATOR of the whole city (5002): the five counties at once, as the export of 100,000 rows needs. */
    String city() {
        return token("REGULATOR", pad("5002"), "ledger-bench-city", null);
    }

    /** A TOWNSHIP office (9 digits or its 12-digit code). */
    String township(String code) {
        return token("TOWNSHIP", pad(code.substring(0, 9)), "ledger-bench-township", null);
    }

    /** An inspector of the township, named: a report's signature must be the name the token carries. */
    String inspector(String township, String subject, String name) {
        return token("INSPECTOR", pad(township.substring(0, 9)), subject, name);
    }

    private String token(String role, String region, String subject, String name) {
        return minted.computeIfAbsent(role + region + subject, k -> {
            Identity who = Identity.of(role, region, subject);
            return Tokens.mint(key, name == null ? who : who.named(name));
        });
    }

    static String pad(String prefix) {
        return (prefix + "000000000000").substring(0, 12);
    }
}
