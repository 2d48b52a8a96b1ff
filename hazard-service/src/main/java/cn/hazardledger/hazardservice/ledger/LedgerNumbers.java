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

    /**
     * Makes sure the county's counter for {@code year} is at least {@code seq}, so that a number an import brings
     * in (YH-500240-2024-000123) is never given again by a later confirmation. Takes the counter row's lock until
     * the transaction ends, as a confirmation does.
     */
    public void reserve(String countyCode, int year, int seq) {
        em.createNativeQuery("""
                        INSERT INTO ledger_number_counter (county_code, year, last_number) VALUES (?1, ?2, ?3)
                        ON CONFLICT (county_code, year) DO UPDATE
                        SET last_number = greatest(ledger_number_counter.last_number, excluded.last_number)""")
                .setParameter(1, countyCode.substring(0, 6)).setParameter(2, year).setParameter(3, seq).executeUpdate();
    }

    public static String format(String county, int year, int seq) {
        return String.format("YH-%s-%d-%06d", county, year, seq);
    }
}
