package cn.hazardledger.hazardservice.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * 台账编号 YH-<county>-<year>-<seq> (YH-500240-2026-000123): one counter row per county and year, incremented in
 * the confirming transaction. The row lock orders concurrent confirmations of one county; a rolled-back
 * confirmation rolls its number back with it, so a number once given is never given again and none is skipped.
 */
@ApplicationScoped
public class LedgerNumbers {

    @Inject
    EntityManager em;

    public String next(String countyCode, int year) {
        String county = countyCode.substring(0, 6);
        Number seq = (Number) em.createNativeQuery("""
                        INSERT INTO ledger_number_counter (county_code, year, last_number) VALUES (?1, ?2, 1)
                        ON CONFLICT (county_code, year) DO UPDATE SET last_number = ledger_number_counter.last_number + 1
                        RETURNING last_number""")
                .setParameter(1, county).setParameter(2, year).getSingleResult();
        return format(county, year, seq.intValue());
    }

    public static String format(String county, int year, int seq) {
        return String.format("YH-%s-%d-%06d", county, year, seq);
    }
}
